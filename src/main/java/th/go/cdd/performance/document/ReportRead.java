package th.go.cdd.performance.document;

import java.util.List;
import th.go.cdd.performance.approval.SignatureStep;
import th.go.cdd.performance.people.Person;
import th.go.cdd.performance.report.Report;

/**
 * A report read after the access check ({@link ReportReading#read}), with the user who read it, the
 * principals they stand in for today, the step they may act on now (null: none) and the principal
 * they would act for (null: their own right). Only {@code ReportReading} makes one, so holding one
 * means the check was passed in this request.
 */
public final class ReportRead {
  private final Report report;
  private final Person user;
  private final List<Person> principals;
  private final SignatureStep actionableStep;
  private final Person actingFor;

  ReportRead(Report report, Person user, List<Person> principals, SignatureStep actionableStep, Person actingFor) {
    this.report = report;
    this.user = user;
    this.principals = List.copyOf(principals);
    this.actionableStep = actionableStep;
    this.actingFor = actingFor;
  }

  public Report report() {
    return report;
  }

  Person user() {
    return user;
  }

  List<Person> principals() {
    return principals;
  }

  public SignatureStep actionableStep() {
    return actionableStep;
  }

  public Person actingFor() {
    return actingFor;
  }
}
