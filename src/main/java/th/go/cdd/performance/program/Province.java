package th.go.cdd.performance.program;

import java.io.Serializable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** One of Thailand's 76 provinces (Bangkok excluded), keyed by its official two-digit code. */
@Entity
@Table(name = "province")
@NamedQuery(name = "Province.findAll", query = "select p from Province p order by p.code")
public class Province implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id private String code;
  private String nameTh;
  private String nameEn;

  protected Province() {}

  public Province(String code, String nameTh, String nameEn) {
    this.code = Objects.requireNonNull(code);
    this.nameTh = Objects.requireNonNull(nameTh);
    this.nameEn = Objects.requireNonNull(nameEn);
  }

  public String getCode() {
    return code;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }
}
