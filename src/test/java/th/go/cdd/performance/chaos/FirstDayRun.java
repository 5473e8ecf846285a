package th.go.cdd.performance.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import th.go.cdd.performance.testing.JsfClient;

/**
 * A department's first day on an empty PostgreSQL database, as the README's production walk-through
 * does it: the server started with the first-administrator option and no demo creates the
 * administrator with a one-time password in an owner-only file and never in its log; that password
 * signs in and leads to the password change; the demo's logins do not exist. Then the same database
 * started with the demo asked for: the start refuses it, saying why, and serves no page.
 */
final class FirstDayRun {
  static final String DATABASE = "cdd_first_day";
  private static final String ADMIN = "it.admin";

  private final Path target;
  private final Path war;

  FirstDayRun(Path target, Path war) {
    this.target = target;
    this.war = war;
  }

  Findings run(ThrowawayPostgres pg) throws Exception {
    Findings f = new Findings();
    pg.createDatabase(DATABASE);
    Path passwordFile = target.resolve("chaos").resolve("first-administrator.txt");
    Files.deleteIfExists(passwordFile);
    PayaraServer first = new PayaraServer(target, war, DATABASE, List.of("-Dcdd.demo.enabled=false",
        "-Dcdd.setup.firstAdministrator=" + ADMIN, "-Dcdd.setup.passwordFile=" + passwordFile.toAbsolutePath()));
    String log;
    try {
      double ready = first.start("first-day.log");
      f.figure(String.format("Server ready in %.1f s on an empty database, no demo, first administrator option", ready));
      boolean written = Files.exists(passwordFile);
      f.check("the first administrator's one-time password is in a new file", written, passwordFile.toString());
      String password = written ? Files.readAllLines(passwordFile).stream().filter(l -> l.startsWith("one-time password: "))
          .map(l -> l.substring("one-time password: ".length())).findFirst().orElse("") : "";
      f.check("the file is readable by the server's user only", written
          && PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)).equals("rw-------"),
          written ? PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)) : "no file");
      log = Files.readString(target.resolve("chaos").resolve("first-day.log"));
      f.check("the password is not in the server's log", !password.isEmpty() && !log.contains(password),
          "log of " + log.length() + " characters; it names the file: " + log.contains(passwordFile.getFileName().toString()));
      JsfClient browser = PayaraServer.browser();
      JsfClient.Answer signIn = browser.signIn(ADMIN, password);
      f.check("the one-time password signs in", signIn.signedIn(), "HTTP " + signIn.statusCode());
      JsfClient.Answer inbox = browser.get("/app/inbox.xhtml");
      f.check("and every page leads to the password change", inbox.statusCode() == 302, "inbox: HTTP " + inbox.statusCode());
      JsfClient.Answer demo = PayaraServer.browser().signIn("admin", "demo1234");
      boolean refused = demo.body().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง") || demo.body().contains("Invalid username or password");
      f.check("the demo's administrator does not exist", refused, "admin/demo1234: HTTP " + demo.statusCode() + (refused ? ", invalid username or password" : ""));
    } finally {
      first.stop();
    }

    PayaraServer withDemo = new PayaraServer(target, war, DATABASE, List.of("-Dcdd.demo.enabled=true"));
    try {
      Path demoLog = withDemo.launch("first-day-demo.log").toPath();
      // the refusal is logged once the engine is up; the server then goes on without the application
      Awaitility.await("the refused start (see " + demoLog + ")").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions().until(() -> !withDemo.alive() || Files.readString(demoLog).contains("loads only into an empty database")
              && Files.readString(demoLog).contains(") ready in ")); // Payara Micro's own line, after the deployment failed
      String text = Files.readString(demoLog);
      f.check("the demo asked for on a database with accounts is refused at start, saying why",
          text.contains("The demo year loads only into an empty database"), "log of the start: " + demoLog.getFileName());
      int login = loginStatus();
      f.check("and the refused start serves no page", login != 200, "login page: HTTP " + login + ", process alive: " + withDemo.alive());
    } finally {
      withDemo.stop();
    }
    return f;
  }

  private static int loginStatus() {
    try {
      return PayaraServer.browser().get("/login.xhtml").statusCode();
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }
}
