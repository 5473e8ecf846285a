package th.go.cdd.performance.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import th.go.cdd.performance.shared.BusinessException;

/** Finds people. */
@ApplicationScoped
public class People {
  @PersistenceContext private EntityManager em;

  public Person byUsername(String username) {
    return em.createNamedQuery("Person.findByUsername", Person.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("access.denied"));
  }
}
