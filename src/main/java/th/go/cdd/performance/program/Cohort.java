package th.go.cdd.performance.program;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import th.go.cdd.performance.shared.BaseEntity;

/** A group of provinces hired for the same 12-month contract period. */
@Entity
@Table(name = "cohort")
public class Cohort extends BaseEntity {
  @ManyToOne(optional = false)
  private Program program;

  private int number;
  private LocalDate contractStart;
  private LocalDate contractEnd;

  @ManyToMany
  @JoinTable(name = "cohort_province")
  private Set<Province> provinces = new LinkedHashSet<>();

  protected Cohort() {}

  Cohort(Program program, int number, LocalDate contractStart, LocalDate contractEnd) {
    this.program = Objects.requireNonNull(program);
    if (!contractStart.isBefore(contractEnd)) {
      throw new IllegalArgumentException("contract must start before it ends");
    }
    this.number = number;
    this.contractStart = contractStart;
    this.contractEnd = contractEnd;
  }

  public void include(Province province) {
    provinces.add(province);
  }

  /** New contract dates; the order is checked by {@link ProgramRules} with the program's other parts. */
  public void reschedule(LocalDate start, LocalDate end) {
    this.contractStart = Objects.requireNonNull(start);
    this.contractEnd = Objects.requireNonNull(end);
  }

  public void assignProvinces(Set<Province> newProvinces) {
    provinces.clear();
    provinces.addAll(newProvinces);
  }

  public Program getProgram() {
    return program;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public Set<Province> getProvinces() {
    return provinces;
  }
}
