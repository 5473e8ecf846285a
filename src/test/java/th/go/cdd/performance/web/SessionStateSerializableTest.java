package th.go.cdd.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps can be written out: every session-, view- and conversation-scoped bean is
 * Serializable, and every field it holds is transient, injected by the container (Weld checks at deployment
 * that those are passivation capable), or of a type that is Serializable all the way down its type
 * arguments. A session that cannot be serialized cannot be persisted or replicated (a cluster, a restart
 * that keeps sessions), and the failure would come only at run time, in the session of a user.
 */
class SessionStateSerializableTest {
  private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("th.go.cdd.performance");

  @Test
  void everyBeanASessionKeepsAndEverythingItHoldsIsSerializable() {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass bean : CLASSES) {
      if (!bean.isAnnotatedWith(SessionScoped.class) && !bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(ConversationScoped.class)) {
        continue;
      }
      beans++;
      Class<?> type = bean.reflect();
      if (!Serializable.class.isAssignableFrom(type)) {
        problems.add(type.getName() + " is not Serializable");
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)
              || field.isAnnotationPresent(EJB.class) || field.isSynthetic()) {
            continue;
          }
          String why = why(field.getGenericType(), new java.util.HashSet<>());
          if (why != null) {
            problems.add(type.getSimpleName() + "." + field.getName() + ": " + why);
          }
        }
      }
    }
    assertThat(beans).as("session- and view-scoped beans found").isGreaterThan(20);
    assertThat(problems).as("fields a session could not write out").isEmpty();
  }

  /**
   * An injected field of a bean a session keeps is not transient: the container's reference (a proxy) is
   * written with the session, whereas a transient one would be null on the server that carries the session
   * on after its own was lost (Weld does not inject again after reading a session back).
   */
  @Test
  void noInjectedFieldOfASessionBeanIsTransient() {
    List<String> transientInjections = new ArrayList<>();
    for (JavaClass bean : CLASSES) {
      if (!bean.isAnnotatedWith(SessionScoped.class) && !bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(ConversationScoped.class)) {
        continue;
      }
      for (Class<?> c = bean.reflect(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isTransient(field.getModifiers()) && (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class))) {
            transientInjections.add(c.getSimpleName() + "." + field.getName());
          }
        }
      }
    }
    assertThat(transientInjections).as("injected fields that would be null after the session moved to another server").isEmpty();
  }

  /**
   * What is injected into a bean a session keeps is written with the session: a proxy of one of our beans with a
   * normal scope or an enterprise bean (Weld and the EJB container write a reference), or a Serializable value.
   * Anything else, such as the container's security context, is an instance that does not serialize; Weld does not
   * refuse it at deployment, and the session is then not written to the data grid at all (Payara only logs it).
   */
  @Test
  void everythingInjectedIntoASessionBeanIsAProxyOrSerializable() {
    List<Class<? extends java.lang.annotation.Annotation>> proxiedScopes = List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class,
        ConversationScoped.class, ViewScoped.class, Stateless.class, Singleton.class, Stateful.class);
    // types our producers make with a normal scope are injected as proxies too
    List<Class<?>> produced = new ArrayList<>(CONTAINER_PROXIES);
    for (JavaClass c : CLASSES) {
      for (java.lang.reflect.Method m : c.reflect().getDeclaredMethods()) {
        if (m.isAnnotationPresent(jakarta.enterprise.inject.Produces.class) && proxiedScopes.stream().anyMatch(m::isAnnotationPresent)) {
          produced.add(m.getReturnType());
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (JavaClass bean : CLASSES) {
      if (!bean.isAnnotatedWith(SessionScoped.class) && !bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(ConversationScoped.class)) {
        continue;
      }
      for (Class<?> c = bean.reflect(); c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)) {
            continue;
          }
          Class<?> type = field.getType();
          boolean proxied = proxiedScopes.stream().anyMatch(type::isAnnotationPresent) || produced.contains(type);
          if (!proxied && !Serializable.class.isAssignableFrom(type)) {
            problems.add(c.getSimpleName() + "." + field.getName() + " (" + type.getName() + ")");
          }
        }
      }
    }
    assertThat(problems).as("injected instances a session cannot write out").isEmpty();
  }

  /** What the container injects as a request-scoped proxy, which a session writes as a reference. */
  private static final List<Class<?>> CONTAINER_PROXIES = List.of(jakarta.servlet.http.HttpServletRequest.class);

  /**
   * A declared type whose values serialize: a primitive, a Serializable class, an enum, or one of the JDK's
   * collection interfaces (every implementation the code builds is Serializable) of such types. An interface
   * that does not extend Serializable could hold anything, so it counts as not serializable.
   */
  static boolean serializable(Type type) {
    return why(type, new java.util.HashSet<>()) == null;
  }

  /**
   * Why values of this type would not serialize (the path to the first field that would not), or null.
   * Our own classes are followed into their fields (an entity's or a record's), the libraries' are taken at
   * their word.
   */
  private static String why(Type type, java.util.Set<Class<?>> seen) {
    if (type instanceof Class<?> c) {
      if (c.isPrimitive()) {
        return null;
      }
      if (c.isArray()) {
        return why(c.getComponentType(), seen);
      }
      if (c.getName().startsWith("th.go.cdd.performance.") && !c.isInterface() && seen.add(c)) {
        if (!Serializable.class.isAssignableFrom(c)) {
          return c.getSimpleName() + " is not Serializable";
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
          for (Field field : k.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers()) && !field.isSynthetic()) {
              String inner = why(field.getGenericType(), seen);
              if (inner != null) {
                return c.getSimpleName() + "." + field.getName() + " → " + inner;
              }
            }
          }
        }
        return null;
      }
      boolean ok = Serializable.class.isAssignableFrom(c) || c == List.class || c == Map.class || c == java.util.Set.class || c == Collection.class;
      return ok ? null : c.getName() + " is not Serializable";
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class) {
        return "Optional is not Serializable";
      }
      String inner = why(raw, seen);
      for (Type argument : p.getActualTypeArguments()) {
        inner = inner != null ? inner : why(argument, seen);
      }
      return inner;
    }
    if (type instanceof GenericArrayType a) {
      return why(a.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        String inner = bound == Object.class ? null : why(bound, seen);
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
    return "a type variable " + type.getTypeName();
  }
}
