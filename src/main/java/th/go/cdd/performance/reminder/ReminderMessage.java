package th.go.cdd.performance.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import th.go.cdd.performance.report.Report;
import th.go.cdd.performance.report.ReportStatus;
import th.go.cdd.performance.shared.BaseEntity;

/**
 * One reminder to one person about one report: the outbox row its e-mail is sent from, and the
 * notice in the person's notifications. The unique key (report, recipient, step, kind, day) makes
 * a retried job, a restart or a second node find the row instead of writing a second one.
 */
@Entity
@Table(
    name = "reminder_message",
    uniqueConstraints = @UniqueConstraint(name = "reminder_once", columnNames = {"REPORT_ID", "RECIPIENT", "STEP", "KIND", "DUE_DAY"}),
    indexes = {
      @Index(name = "reminder_recipient", columnList = "RECIPIENT,READAT"),
      @Index(name = "reminder_delivery", columnList = "STATUS,NEXTATTEMPTAT")
    })
@NamedQuery(name = "ReminderMessage.findKey", query = "select m.id from ReminderMessage m where m.report = :report and m.recipient = :recipient"
    + " and m.step = :step and m.kind = :kind and m.day = :day")
@NamedQuery(name = "ReminderMessage.findDue", query = "select m.id from ReminderMessage m where m.status = th.go.cdd.performance.reminder.DeliveryStatus.PENDING"
    + " and m.nextAttemptAt <= :now order by m.nextAttemptAt")
@NamedQuery(name = "ReminderMessage.countForRecipient", query = "select count(m) from ReminderMessage m where m.recipient = :recipient")
@NamedQuery(name = "ReminderMessage.countUnread", query = "select count(m) from ReminderMessage m where m.recipient = :recipient and m.readAt is null")
@NamedQuery(name = "ReminderMessage.pageForRecipient", query = "select m from ReminderMessage m where m.recipient = :recipient order by m.createdAt desc, m.id desc")
@NamedQuery(name = "ReminderMessage.markAllRead", query = "update ReminderMessage m set m.readAt = :now where m.recipient = :recipient and m.readAt is null")
// who receives: the queries read people and reports, kept here because only reminders ask them
@NamedQuery(name = "ReminderMessage.directorsOfGroup", query = "select p from Person p where p.role = th.go.cdd.performance.people.Role.DIRECTOR"
    + " and p.province.code = :province and p.workGroup.code = :group order by p.username")
@NamedQuery(name = "ReminderMessage.officersOfProvince", query = "select p from Person p where p.role = th.go.cdd.performance.people.Role.OFFICER"
    + " and p.province.code = :province order by p.username")
@NamedQuery(name = "ReminderMessage.administrators", query = "select p from Person p where p.role = th.go.cdd.performance.people.Role.ADMIN order by p.username")
@NamedQuery(name = "ReminderMessage.lateReportsOfProvince", query = "select r from Report r where r.staff.province.code = :province"
    + " and r.dueDate < :today and r.status in :open order by r.id")
public class ReminderMessage extends BaseEntity {
  public static final int MAX_ERROR = 1000;

  @ManyToOne(optional = false)
  private Report report;

  @Column(nullable = false, length = 64)
  private String recipient;

  @Column(length = 254)
  private String recipientEmail;

  /** The step the report waited at (whose task it was) when the reminder was written. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportStatus step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReminderKind kind;

  /** The day of the schedule point (or of the nudge) this reminder belongs to. */
  @Column(name = "DUE_DAY", nullable = false)
  private LocalDate day;

  /** True when addressed to the holder of the report; false when to the holder's superior. */
  private boolean toHolder;

  /** The holder, when this message goes to their superior. */
  @Column(length = 64)
  private String holder;

  @Column(length = 64)
  private String requestedBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DeliveryStatus status;

  private int attempts;

  @Column(length = MAX_ERROR)
  private String lastError;

  private Instant nextAttemptAt;
  private Instant sentAt;
  private Instant readAt;

  protected ReminderMessage() {}

  public ReminderMessage(Report report, String recipient, String recipientEmail, ReportStatus step, ReminderKind kind, LocalDate day,
      String holder, String requestedBy, Instant now) {
    this.report = Objects.requireNonNull(report);
    this.recipient = Objects.requireNonNull(recipient);
    this.recipientEmail = recipientEmail == null || recipientEmail.isBlank() ? null : recipientEmail.strip();
    this.step = Objects.requireNonNull(step);
    this.kind = Objects.requireNonNull(kind);
    this.day = Objects.requireNonNull(day);
    this.toHolder = holder == null || holder.equals(recipient);
    this.holder = toHolder ? null : holder;
    this.requestedBy = requestedBy;
    this.createdAt = Objects.requireNonNull(now);
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
  }

  public boolean isDue(Instant now) {
    return status == DeliveryStatus.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
  }

  public void delivered(Instant now) {
    this.attempts++;
    this.status = DeliveryStatus.SENT;
    this.sentAt = now;
    this.lastError = null;
    this.nextAttemptAt = null;
  }

  /** A failed attempt: tried again after {@code backoff}, or FAILED once {@code maxAttempts} are used. */
  public void attemptFailed(String error, Instant now, int maxAttempts, Duration backoff) {
    this.attempts++;
    this.lastError = error == null ? "" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    if (attempts >= maxAttempts) {
      this.status = DeliveryStatus.FAILED;
      this.nextAttemptAt = null;
    } else {
      this.nextAttemptAt = now.plus(backoff);
    }
  }

  /** Cannot be sent at all (no address): failed at once, visible to the administrator. */
  public void undeliverable(String error) {
    this.status = DeliveryStatus.FAILED;
    this.lastError = error;
    this.nextAttemptAt = null;
  }

  /** The administrator asks for another try now; the attempts so far stay counted. */
  public void retryNow(Instant now, String email) {
    if (status == DeliveryStatus.SENT) {
      throw new th.go.cdd.performance.shared.BusinessException("outbox.alreadySent");
    }
    if (email != null && !email.isBlank()) {
      this.recipientEmail = email.strip();
    }
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
  }

  public void markRead(Instant now) {
    if (readAt == null) {
      this.readAt = now;
    }
  }

  public Report getReport() {
    return report;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public ReportStatus getStep() {
    return step;
  }

  public ReminderKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public boolean isToHolder() {
    return toHolder;
  }

  public String getHolder() {
    return holder;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
