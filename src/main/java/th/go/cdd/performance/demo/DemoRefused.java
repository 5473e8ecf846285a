package th.go.cdd.performance.demo;

@jakarta.ejb.ApplicationException
/** The demo year was asked for on a database that already holds accounts: the start stops here. */
public class DemoRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoRefused(long people) {
    super("The demo year loads only into an empty database, and this one holds " + people + " account(s): start without the demo"
        + " (./run.sh --demo=false, or cdd.demo.enabled=false), or give it an empty database. / ข้อมูลสาธิตโหลดได้เฉพาะในฐานข้อมูลว่าง"
        + " ฐานข้อมูลนี้มีบัญชีผู้ใช้แล้ว " + people + " บัญชี");
  }
}
