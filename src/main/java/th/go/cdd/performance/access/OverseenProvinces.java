package th.go.cdd.performance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.go.cdd.performance.people.People;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.program.Province;

/**
 * The provinces whose administration a user may act on (nudge, extend due dates), as
 * {@link AccessPolicy#requireProvinceOversight} decides: every province for an administrator, their
 * own for an officer, none for anyone else. The pages offer these and nothing more.
 */
@ApplicationScoped
public class OverseenProvinces {
  @PersistenceContext private EntityManager em;
  @Inject private People people;

  public List<Province> of(String username) {
    Person user = people.byUsername(username);
    if (!AccessPolicy.overseesProvinces(user.getRole())) {
      return List.of();
    }
    if (AccessPolicy.requireProvinceOversight(user) == null) {
      return em.createNamedQuery("Province.findAll", Province.class).getResultList();
    }
    return List.of(user.getProvince());
  }
}
