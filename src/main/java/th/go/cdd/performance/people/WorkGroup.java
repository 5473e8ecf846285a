package th.go.cdd.performance.people;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;

/** A group (กลุ่มงาน) of a provincial development office, directed by a group director. */
@Entity
@jakarta.persistence.NamedQuery(name = "WorkGroup.findByProvinceAndCode",
    query = "select g from WorkGroup g where g.province.code = :province and g.code = :code")
@Table(name = "work_group", uniqueConstraints = @UniqueConstraint(columnNames = {"PROVINCE_CODE", "CODE"}))
public class WorkGroup extends BaseEntity {
  @ManyToOne(optional = false)
  private Province province;

  private String code;
  private String nameTh;

  protected WorkGroup() {}

  public WorkGroup(Province province, String code, String nameTh) {
    this.province = Objects.requireNonNull(province);
    this.code = Objects.requireNonNull(code);
    this.nameTh = Objects.requireNonNull(nameTh);
  }

  public void rename(String nameTh) {
    this.nameTh = Objects.requireNonNull(nameTh);
  }

  public Province getProvince() {
    return province;
  }

  public String getCode() {
    return code;
  }

  public String getNameTh() {
    return nameTh;
  }
}
