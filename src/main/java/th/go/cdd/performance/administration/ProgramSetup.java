package th.go.cdd.performance.administration;

import th.go.cdd.performance.access.AccessPolicy;
import th.go.cdd.performance.program.KpiChange;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.program.KpiKind;
import th.go.cdd.performance.program.KpiDefinition;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.ProgramRules;
import th.go.cdd.performance.program.Program;
import th.go.cdd.performance.program.ProgramRefused;
import th.go.cdd.performance.program.KpiLevel;
import th.go.cdd.performance.program.ProgramProblem;
import th.go.cdd.performance.program.ReportingRound;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;
import th.go.cdd.performance.shared.BusinessException;
import th.go.cdd.performance.shared.RowLock;
import th.go.cdd.performance.shared.ThaiDates;

/**
 * Setting up a program from the screens, administrators only, each change audited and in its own
 * transaction. A change is applied and then the whole program is checked with {@link ProgramRules};
 * any problem refuses the change (the transaction rolls back, nothing is saved). While a program is
 * a draft everything may change. Once started, staff processes hold its rounds and KPIs, so only
 * words may change: names, KPI titles, descriptions, units and evidence; dates, provinces,
 * thresholds, weights and the lists of rounds and KPIs are refused. Staff imported into a draft
 * keep its cohorts' provinces (a province with staff stays) and move with their cohort's dates.
 */
@Stateless
public class ProgramSetup {
  /** The audit log's reason: these acts are the administrator's own work, not answers to a request. */
  private static final String REASON = "ตั้งค่าโครงการ / program setup";
  private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private AuditLog audit;

  public List<Program> programs(String username) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    return em.createNamedQuery("Program.findAll", Program.class).getResultList();
  }

  /** The program with its cohorts (and their provinces), rounds and KPIs loaded, for the screens. */
  public Program program(String username, long programId) {
    AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = find(programId);
    p.getCohorts().forEach(c -> c.getProvinces().size());
    p.getRounds().size();
    p.getKpis().forEach(k -> k.getLevels().size());
    return p;
  }

  public List<Province> provinces() {
    return em.createNamedQuery("Province.findAll", Province.class).getResultList();
  }

  /** An empty draft to fill in on the screens. */
  public Program create(String username, String code, String nameTh, String nameEn) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = Program.draft(newCode(code), required(nameTh), optional(nameEn));
    em.persist(p);
    audit.record(admin, AuditAction.CREATE_PROGRAM, target(p), REASON, p.getNameTh());
    return p;
  }

  /**
   * A draft copy of another program for a later year: cohorts with their provinces, rounds and the
   * orientation date moved by whole years; KPIs with their levels, weights and targets as they are.
   * The circular is left blank, to be registered when it is issued.
   */
  public Program copy(String username, long sourceId, String code, String nameTh, String nameEn, int years) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    if (years < 0 || years > 10) {
      throw new BusinessException("program.copyYears");
    }
    Program source = find(sourceId);
    Program p = Program.draft(newCode(code), required(nameTh), optional(nameEn));
    if (source.getOrientationDate() != null) {
      p.scheduleOrientation(source.getOrientationDate().plusYears(years), null);
    }
    for (Cohort c : source.getCohorts()) {
      Cohort copy = p.addCohort(c.getNumber(), c.getContractStart().plusYears(years), c.getContractEnd().plusYears(years));
      c.getProvinces().forEach(copy::include);
    }
    for (ReportingRound r : source.getRounds()) {
      p.addRound(r.getNumber(), r.getPeriodStart().plusYears(years), r.getPeriodEnd().plusYears(years), r.getDueDate().plusYears(years));
    }
    for (KpiDefinition k : source.getKpis()) {
      KpiDefinition copy = new KpiDefinition(p, k.getNumber(), k.getKind(), k.getAreaTh(), k.getTitleTh(), k.getTitleEn());
      copy.describe(k.getUnitTh(), k.getEvidenceExpectedTh(), k.getWeight(), k.getNationalTarget());
      copy.limit(k.getMaximum());
      copy.defineLevels(KpiChange.of(k).toLevels());
      p.addKpi(copy);
    }
    refuseIf(ProgramRules.structure(p));
    em.persist(p);
    audit.record(admin, AuditAction.COPY_PROGRAM, target(p), REASON, source.getCode() + " → " + p.getCode() + " (+" + years + ")");
    return p;
  }

  public void rename(String username, long programId, String nameTh, String nameEn) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = find(programId);
    p.rename(required(nameTh), optional(nameEn));
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "name: " + p.getNameTh());
  }

  /** A new cohort numbered after the last, with its contract dates and provinces. */
  public Cohort addCohort(String username, long programId, LocalDate start, LocalDate end, Collection<String> provinceCodes) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = draft(programId);
    int number = p.getCohorts().stream().mapToInt(Cohort::getNumber).max().orElse(0) + 1;
    refuseIf(ProgramRules.contract(number, start, end));
    Cohort c = p.addCohort(number, start, end);
    c.assignProvinces(provinces(provinceCodes));
    refuseIf(ProgramRules.structure(p));
    em.persist(c);
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON,
        "cohort " + number + " added: " + dates(start, end) + ", " + c.getProvinces().size() + " provinces");
    return c;
  }

  /** New contract dates and provinces for a cohort (a province already in another cohort is refused). */
  public void editCohort(String username, long cohortId, LocalDate start, LocalDate end, Collection<String> provinceCodes) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Cohort c = AccessPolicy.found(em.find(Cohort.class, cohortId));
    requireDraft(c.getProgram());
    refuseIf(ProgramRules.contract(c.getNumber(), start, end));
    Set<Province> provinces = provinces(provinceCodes);
    List<Person> hired = em.createQuery("select s from Person s where s.cohort = :cohort", Person.class)
        .setParameter("cohort", c).getResultList();
    List<String> left = hired.stream().map(s -> s.getProvince()).filter(pr -> pr != null && !provinces.contains(pr))
        .map(Province::getNameTh).distinct().toList();
    if (!left.isEmpty()) {
      throw new BusinessException("program.province.hasStaff", String.join(", ", left));
    }
    LocalDate oldStart = c.getContractStart();
    LocalDate oldEnd = c.getContractEnd();
    c.reschedule(start, end);
    c.assignProvinces(provinces);
    refuseIf(ProgramRules.structure(c.getProgram()));
    // staff imported with the cohort's dates (the roster left them blank) move with the cohort
    for (Person s : hired) {
      LocalDate ownStart = oldStart.equals(s.getContractStart()) ? start : s.getContractStart();
      LocalDate ownEnd = oldEnd.equals(s.getContractEnd()) ? end : s.getContractEnd();
      s.hire(c, ownStart, ownEnd);
    }
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(c.getProgram()), REASON,
        "cohort " + c.getNumber() + ": " + dates(start, end) + ", " + provinces.size() + " provinces");
  }

  public ReportingRound addRound(String username, long programId, LocalDate start, LocalDate end, LocalDate due) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = draft(programId);
    int number = p.getRounds().size() + 1;
    refuseIf(ProgramRules.round(number, start, end, due));
    ReportingRound r = p.addRound(number, start, end, due);
    refuseIf(ProgramRules.structure(p));
    em.persist(r);
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "round " + number + " added: " + dates(start, end) + " due " + ThaiDates.format(due));
    return r;
  }

  public void editRound(String username, long roundId, LocalDate start, LocalDate end, LocalDate due) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    ReportingRound r = round(roundId);
    requireDraft(r.getProgram());
    refuseIf(ProgramRules.round(r.getNumber(), start, end, due));
    r.reschedule(start, end, due);
    refuseIf(ProgramRules.structure(r.getProgram()));
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(r.getProgram()), REASON,
        "round " + r.getNumber() + ": " + dates(start, end) + " due " + ThaiDates.format(due));
  }

  /** Removes a round of a draft; later rounds are numbered down. */
  public void removeRound(String username, long roundId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    ReportingRound r = round(roundId);
    Program p = r.getProgram();
    requireDraft(p);
    p.removeRound(r);
    em.remove(r);
    refuseIf(ProgramRules.structure(p));
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "round " + r.getNumber() + " removed");
  }

  /** A new framework KPI numbered after the last, weight 0 until the weights are set again. */
  public KpiDefinition addKpi(String username, long programId, KpiChange change) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = draft(programId);
    int number = p.getKpis().stream().mapToInt(KpiDefinition::getNumber).max().orElse(0) + 1;
    KpiDefinition k = new KpiDefinition(p, number, requiredKind(change), KpiChange.trim(change.areaTh()), required(change.titleTh()),
        KpiChange.trim(change.titleEn()));
    apply(k, change);
    k.weigh(BigDecimal.ZERO);
    p.addKpi(k);
    refuseIf(ProgramRules.structure(p));
    em.persist(k);
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "KPI " + number + " added: " + k.getTitleTh());
    return k;
  }

  /** Edits a KPI; once the program has started, only its words may change. */
  public void editKpi(String username, long kpiId, KpiChange change) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    KpiDefinition k = kpi(kpiId);
    if (k.getProgram().isStarted() && !change.onlyTextDiffersFrom(k)) {
      throw new BusinessException("program.started.textOnly");
    }
    k.revise(requiredKind(change), KpiChange.trim(change.areaTh()), required(change.titleTh()), KpiChange.trim(change.titleEn()));
    apply(k, change);
    refuseIf(ProgramRules.structure(k.getProgram()));
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(k.getProgram()), REASON, "KPI " + k.getNumber() + " edited: " + k.getTitleTh());
  }

  public void removeKpi(String username, long kpiId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    KpiDefinition k = kpi(kpiId);
    requireDraft(k.getProgram());
    k.getProgram().removeKpi(k);
    em.remove(k);
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(k.getProgram()), REASON, "KPI " + k.getNumber() + " removed: " + k.getTitleTh());
  }

  /** Sets every KPI's weight at once (by KPI id); they must add up to exactly 100. */
  public void saveWeights(String username, long programId, Map<Long, BigDecimal> weights) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = draft(programId);
    List<BigDecimal> given = p.getKpis().stream().map(k -> weights.get(k.getId())).toList();
    refuseIf(ProgramRules.weights(given));
    for (KpiDefinition k : p.getKpis()) {
      k.weigh(weights.get(k.getId()));
    }
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "weights: " + given);
  }

  public void equalWeights(String username, long programId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    Program p = draft(programId);
    List<KpiDefinition> kpis = p.getKpis().stream().sorted(Comparator.comparingInt(KpiDefinition::getNumber)).toList();
    List<BigDecimal> w = ProgramRules.equalWeights(kpis.size());
    for (int i = 0; i < kpis.size(); i++) {
      kpis.get(i).weigh(w.get(i));
    }
    audit.record(admin, AuditAction.EDIT_PROGRAM, target(p), REASON, "equal weights: " + w);
  }

  /**
   * Marks a draft started once everything is in order (else refused with every problem), in its own
   * transaction, and returns the ids of the staff to enrol: staff hired into one of its cohorts
   * whose participation has not ended. On a started program it only returns them, so a start that
   * was cut short can be run again.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> markStarted(String username, long programId) {
    Person admin = AccessPolicy.requireAdministrator(people.byUsername(username));
    if (!RowLock.take(em, Program.class, programId)) {
      throw AccessPolicy.denied();
    }
    Program p = em.find(Program.class, programId);
    em.refresh(p); // a start that held the lock before may have just marked it started
    List<Long> staff = em.createQuery("select s.id from Person s where s.role = :staff and s.cohort.program = :program"
            + " and s.participationEnd is null order by s.id", Long.class)
        .setParameter("staff", Role.STAFF).setParameter("program", p).getResultList();
    if (!p.isStarted()) {
      refuseIf(ProgramRules.readyToStart(p));
      p.markStarted();
      audit.record(admin, AuditAction.START_PROGRAM, target(p), REASON, "staff on the roster: " + staff.size());
    }
    return staff;
  }

  private Set<Province> provinces(Collection<String> codes) {
    Set<Province> provinces = new LinkedHashSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      Province pr = em.find(Province.class, code);
      if (pr == null) {
        throw new BusinessException("program.province.unknown", code);
      }
      provinces.add(pr);
    }
    return provinces;
  }

  private void apply(KpiDefinition k, KpiChange change) {
    List<KpiLevel> levels = change.toLevels();
    refuseIf(ProgramRules.levels(k.getNumber(), k.getKind(), levels));
    if (change.nationalTarget() != null && change.nationalTarget() < 0) {
      throw new BusinessException("program.kpi.targetNegative");
    }
    refuseIf(ProgramRules.maximum(k.getNumber(), k.getKind(), change.maximum(), levels));
    k.describe(KpiChange.trim(change.unitTh()), KpiChange.trim(change.evidenceExpectedTh()), k.getWeight(), change.nationalTarget());
    k.limit(change.kind() == KpiKind.FREE_FORM || change.kind() == KpiKind.STAGED ? null : change.maximum());
    k.defineLevels(levels);
  }

  private static void refuseIf(List<ProgramProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ProgramRefused(problems);
    }
  }

  private String newCode(String code) {
    String c = code == null ? "" : code.strip();
    if (!c.matches(CODE)) {
      throw new BusinessException("program.codeInvalid");
    }
    if (!em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", c).getResultList().isEmpty()) {
      throw new BusinessException("program.codeTaken", c);
    }
    return c;
  }

  private Program find(long programId) {
    return AccessPolicy.found(em.find(Program.class, programId));
  }

  private Program draft(long programId) {
    Program p = find(programId);
    requireDraft(p);
    return p;
  }

  private static void requireDraft(Program p) {
    if (p.isStarted()) {
      throw new BusinessException("program.started");
    }
  }

  private ReportingRound round(long id) {
    return AccessPolicy.found(em.find(ReportingRound.class, id));
  }

  private KpiDefinition kpi(long id) {
    return AccessPolicy.found(em.find(KpiDefinition.class, id));
  }


  private static KpiKind requiredKind(KpiChange change) {
    if (change.kind() == null) {
      throw new BusinessException("program.required");
    }
    return change.kind();
  }

  private static String required(String s) {
    if (s == null || s.isBlank()) {
      throw new BusinessException("program.required");
    }
    return s.strip();
  }

  private static String optional(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String dates(LocalDate start, LocalDate end) {
    return ThaiDates.format(start) + "–" + ThaiDates.format(end);
  }

  private static AuditTarget target(Program p) {
    return new AuditTarget(null, null, null, null, p.getCode());
  }
}
