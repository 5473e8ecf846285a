package th.go.cdd.performance.circular;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import th.go.cdd.performance.program.Program;

/** The orientation agenda of a program seeded once from a data file (afterwards administrators edit it). */
@Stateless
public class Agendas {
  public static final String AGENDA_2564 = "programs/orientation-agenda-2564.txt";

  @PersistenceContext private EntityManager em;

  public void seedIfEmpty(String programCode, String resource) {
    Program program = em.createNamedQuery("Program.findByCode", Program.class).setParameter("code", programCode)
        .getResultStream().findFirst().orElse(null);
    if (program == null || !em.createNamedQuery("AgendaItem.findByProgram", AgendaItem.class)
        .setParameter("program", program).setMaxResults(1).getResultList().isEmpty()) {
      return;
    }
    List<AgendaText.Line> lines = AgendaText.parse(read(resource));
    for (int i = 0; i < lines.size(); i++) {
      em.persist(new AgendaItem(program, i + 1, lines.get(i)));
    }
  }

  public static String read(String resource) {
    try (InputStream in = Agendas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("agenda file missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
