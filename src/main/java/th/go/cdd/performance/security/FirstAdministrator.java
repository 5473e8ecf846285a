package th.go.cdd.performance.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import th.go.cdd.performance.audit.AuditAction;
import th.go.cdd.performance.audit.AuditLog;
import th.go.cdd.performance.audit.AuditTarget;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.people.Role;

/**
 * The first administrator of an empty database, made by a one-time start option
 * ({@code cdd.setup.firstAdministrator}): an administrator account with a one-time password, which
 * is written to a new file readable by the server's user only ({@code cdd.setup.passwordFile}) and
 * never logged; the administrator changes it at the first sign-in, then creates any further
 * administrators on the accounts page. Nothing happens once the database has an administrator, so
 * the option left in place on later starts is harmless.
 */
@Stateless
public class FirstAdministrator {
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Accounts accounts;
  @Inject private AuditLog audit;

  /** Creates the administrator when there is none; the account made, if any. */
  public Optional<String> createIfNone(String username, Path passwordFile) {
    long administrators = em.createQuery("select count(p) from Person p where p.role = :role", Long.class)
        .setParameter("role", Role.ADMIN).getSingleResult();
    if (administrators > 0) {
      LOG.warning("cdd.setup.firstAdministrator is set but the database already has an administrator: nothing was created."
          + " Remove the option; administrators create further administrators on the accounts page.");
      return Optional.empty();
    }
    Person admin = accounts.newAdministrator(username, "", "ผู้ดูแลระบบ", "คนแรก", null);
    String password = accounts.issueOneTimePassword(admin);
    em.persist(admin);
    audit.record(admin, AuditAction.CREATE_ADMINISTRATOR, new AuditTarget(null, admin.getUsername(), null, null, admin.getUsername()),
        "ผู้ดูแลระบบคนแรก / first administrator (start option)", null);
    em.flush();
    write(passwordFile, admin.getUsername(), password);
    LOG.warning("First administrator '" + admin.getUsername() + "' created. Its one-time password is in " + passwordFile.toAbsolutePath()
        + " (readable by this user only): read it, delete the file, sign in and choose a password.");
    return Optional.of(admin.getUsername());
  }

  /** A new file (never an existing one), owner read and write only where the file system knows POSIX permissions. */
  static void write(Path file, String username, String password) {
    String text = "username: " + username + "\none-time password: " + password + "\n"
        + "Sign in with it, choose your own password, then delete this file.\n"
        + "เข้าสู่ระบบด้วยรหัสผ่านนี้ ตั้งรหัสผ่านของท่านเอง แล้วลบไฟล์นี้\n";
    try {
      Path absolute = file.toAbsolutePath();
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(absolute);
      }
      Files.writeString(absolute, text, StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("The first administrator's password file " + file.toAbsolutePath()
          + " exists already; move it away (it may hold an earlier password) and start again", e);
    } catch (IOException e) {
      throw new UncheckedIOException("The first administrator's password file " + file.toAbsolutePath() + " cannot be written", e);
    }
  }
}
