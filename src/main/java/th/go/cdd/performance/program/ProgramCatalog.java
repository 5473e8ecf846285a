package th.go.cdd.performance.program;

import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads programs and the provinces from data files on the class path, once. */
@Stateless
public class ProgramCatalog {
  public static final String PROVINCES = "programs/provinces.csv";
  /** The program year the application ships with (the 2564 circular), loaded at the first start. */
  public static final String PROGRAM_2564 = "programs/cdd-temp-staff-2564.json";

  @PersistenceContext private EntityManager em;

  /** Every program year, oldest first: the choice lists of the attendance and poster pages. */
  public List<Program> programs() {
    return em.createNamedQuery("Program.findAll", Program.class).getResultList();
  }

  public Optional<Program> byCode(String code) {
    return em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", code).getResultStream().findFirst();
  }

  public static ProgramData read(String resource) {
    try (InputStream in = resourceStream(resource); Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, ProgramData.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read program data " + resource, e);
    }
  }

  /** Stores the program unless one with its code exists; cohorts take their provinces from the provinces file. */
  public Program loadIfAbsent(ProgramData data) {
    Optional<Program> existing = byCode(data.code());
    if (existing.isPresent()) {
      return existing.get();
    }
    Map<String, Integer> cohortOf = loadProvinces();
    Program program = new Program(data.code(), data.nameTh(), data.nameEn());
    program.announce(data.circular().number(), data.circular().date(), data.circular().subject(), data.circular().issuer());
    program.scheduleOrientation(data.orientation().date(), data.orientation().link());
    for (ProgramData.CohortData c : data.cohorts()) {
      Cohort cohort = program.addCohort(c.number(), c.contractStart(), c.contractEnd());
      cohortOf.forEach((code, number) -> {
        if (number == c.number()) {
          cohort.include(em.find(Province.class, code));
        }
      });
    }
    data.rounds().forEach(r -> program.addRound(r.number(), r.start(), r.end(), r.due()));
    List<BigDecimal> weights = weights(data.kpis());
    for (int i = 0; i < data.kpis().size(); i++) {
      ProgramData.KpiData k = data.kpis().get(i);
      KpiDefinition kpi = new KpiDefinition(program, k.number(), k.kind(), k.areaTh(), k.titleTh(), k.titleEn());
      kpi.describe(k.unitTh(), k.evidenceTh(), weights.get(i), k.nationalTarget());
      kpi.limit(k.maximum());
      kpi.defineLevels(k.levels().stream()
          .map(l -> new KpiLevel(l.level(), l.th(), l.en(), l.threshold(), l.evidenceTh())).toList());
      program.addKpi(kpi);
    }
    em.persist(program);
    return program;
  }

  /** The file's weights (all given, adding up to 100), or equal weights when the file leaves them all blank. */
  static List<BigDecimal> weights(List<ProgramData.KpiData> kpis) {
    if (kpis.stream().allMatch(k -> k.weight() != null)) {
      List<BigDecimal> given = kpis.stream().map(ProgramData.KpiData::weight).toList();
      if (given.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)) != 0) {
        throw new IllegalArgumentException("the weights of a program add up to 100");
      }
      return given;
    }
    if (kpis.stream().anyMatch(k -> k.weight() != null)) {
      throw new IllegalArgumentException("give a weight for every KPI, or for none (equal weights)");
    }
    return ProgramRules.equalWeights(kpis.size());
  }

  /** Inserts the 76 provinces if missing; returns each province's cohort number from the file. */
  private Map<String, Integer> loadProvinces() {
    Map<String, Integer> cohortOf = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resourceStream(PROVINCES), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",");
        if (em.find(Province.class, f[0]) == null) {
          em.persist(new Province(f[0], f[1], f[2]));
        }
        cohortOf.put(f[0], Integer.parseInt(f[3].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    em.flush();
    return cohortOf;
  }

  private static InputStream resourceStream(String resource) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing data file " + resource);
    }
    return in;
  }
}
