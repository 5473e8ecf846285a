package th.go.cdd.performance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.program.Program;

/** The program years to choose from on the attendance and poster pages (newest last). */
@RequestScoped
public class ProgramChoice {
  @PersistenceContext private EntityManager em;

  public List<Program> all() {
    return em.createNamedQuery("Program.findAll", Program.class).getResultList();
  }
}
