package th.go.cdd.performance.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Collator;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import th.go.cdd.performance.program.Cohort;
import th.go.cdd.performance.program.Province;
import th.go.cdd.performance.shared.BaseEntity;

/** Someone who signs in: a staff member, a group director, a provincial officer or an administrator. */
@Entity
@Table(name = "person", indexes = @Index(name = "person_province_role", columnList = "PROVINCE_CODE,ROLE"))
@NamedQuery(name = "Person.findByUsername", query = "select p from Person p where p.username = :username")
@NamedQuery(name = "Person.findLocked", query = "select p from Person p where p.lockedUntil is not null and p.lockedUntil > :now order by p.username")
@NamedQuery(name = "Person.findClosed", query = "select p from Person p where p.closedFrom is not null and p.closedFrom <= :now order by p.username")
@NamedQuery(name = "Person.findByRole", query = "select p from Person p where p.role = :role order by p.nameSortKey")
public class Person extends BaseEntity {
  private static final ThreadLocal<Collator> THAI = ThreadLocal.withInitial(() -> Collator.getInstance(Locale.forLanguageTag("th-TH")));

  @Column(unique = true, nullable = false, length = 64)
  private String username;

  @Column(nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  private String title;
  private String firstName;
  private String lastName;
  private String positionTh;

  /** Sorts names in Thai dictionary order in the database (leading vowels skipped, as the collator does). */
  @Column(length = 400)
  private String nameSortKey;

  @ManyToOne private Province province;
  @ManyToOne private WorkGroup workGroup;
  @ManyToOne private Cohort cohort;

  private LocalDate contractStart;
  private LocalDate contractEnd;
  private String email;

  private String phone;

  /** The staff number of the roster (the username of people imported from a roster). */
  @Column(length = 32)
  private String staffNumber;

  /** Set for a one-time password: the person must choose their own before anything else. */
  private boolean mustChangePassword;

  /** Failed logins in a row since the last successful one. */
  private int failedLogins;

  /** While in the future, the account refuses every login. */
  private java.time.Instant lockedUntil;

  /** When the current one-time password was issued (null once the person has chosen their own). */
  private java.time.Instant oneTimePasswordIssuedAt;

  /** When the password last changed (chosen, or a one-time password issued): sessions signed in before end. */
  private java.time.Instant passwordChangedAt;

  /** The day the staff member's participation ended (contract ended early); null while active. */
  private LocalDate participationEnd;

  /** From this instant the account refuses every sign-in and its sessions end; null while open. */
  private java.time.Instant closedFrom;

  /** Why the account is closed (null while open). */
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private AccountClosure closedBecause;

  protected Person() {}

  public Person(String username, String passwordHash, Role role, String title, String firstName, String lastName) {
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = Objects.requireNonNull(role);
    rename(title, firstName, lastName);
  }

  public final void rename(String title, String firstName, String lastName) {
    this.title = title;
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    byte[] key = THAI.get().getCollationKey(firstName + " " + lastName).toByteArray();
    String hex = HexFormat.of().formatHex(key);
    this.nameSortKey = hex.length() > 400 ? hex.substring(0, 400) : hex;
  }

  public void placeIn(Province province, WorkGroup workGroup, String positionTh) {
    this.province = province;
    this.workGroup = workGroup;
    this.positionTh = positionTh;
  }

  public void hire(Cohort cohort, LocalDate start, LocalDate end) {
    this.cohort = cohort;
    this.contractStart = start;
    this.contractEnd = end;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public void setStaffNumber(String staffNumber) {
    this.staffNumber = staffNumber;
  }

  public void setRole(Role role) {
    this.role = Objects.requireNonNull(role);
  }

  /** A new password hash; a one-time password must be changed at the next login. */
  /** The person's own new password, chosen {@code now}. */
  public void changePasswordHash(String hash, java.time.Instant now) {
    setPasswordHash(hash, false, now);
  }

  /**
   * The same password hashed again at today's strength, at a successful sign-in: nothing else
   * changes (not when the password was last changed, so no session ends, nor whether it is one-time).
   */
  public void strengthenPasswordHash(String hash) {
    this.passwordHash = Objects.requireNonNull(hash);
  }

  /** A one-time password issued {@code now}, to be changed at the next sign-in. */
  public void issueOneTimePassword(String hash, java.time.Instant now) {
    setPasswordHash(hash, true, now);
  }

  private void setPasswordHash(String hash, boolean oneTime, java.time.Instant now) {
    this.passwordHash = Objects.requireNonNull(hash);
    this.mustChangePassword = oneTime;
    this.oneTimePasswordIssuedAt = oneTime ? Objects.requireNonNull(now) : null;
    this.passwordChangedAt = Objects.requireNonNull(now);
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /**
   * Whether the person still holds a one-time password issued longer than {@code validFor} ago: it
   * no longer signs in, and an administrator issues a new one. A one-time password from before
   * issue dates were kept has no date and stays valid until changed.
   */
  public boolean isOneTimePasswordExpiredAt(java.time.Instant now, java.time.Duration validFor) {
    return mustChangePassword && oneTimePasswordIssuedAt != null && oneTimePasswordIssuedAt.plus(validFor).isBefore(now);
  }

  /** Counts a failed login; locks the account until {@code lockUntil} when the count reaches {@code maxFailures}. */
  public void loginFailed(int maxFailures, java.time.Instant lockUntil) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = lockUntil;
      failedLogins = 0;
    }
  }

  public void loginSucceeded() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean isLockedAt(java.time.Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public java.time.Instant getLockedUntil() {
    return lockedUntil;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getPhone() {
    return phone;
  }

  public String getStaffNumber() {
    return staffNumber;
  }

  /** Records that the staff member's participation ends on this day (the contract ended early). */
  public void endParticipation(LocalDate lastDay) {
    if (role != Role.STAFF) {
      throw new IllegalStateException("only staff take part in the program");
    }
    this.participationEnd = Objects.requireNonNull(lastDay);
  }

  public LocalDate getParticipationEnd() {
    return participationEnd;
  }

  /**
   * Closes the account from {@code from} (now, or a later instant such as the day after the last
   * day of participation). An account already closed keeps its first closure.
   */
  public void close(AccountClosure because, java.time.Instant from) {
    Objects.requireNonNull(because);
    Objects.requireNonNull(from);
    if (closedBecause == null) {
      this.closedBecause = because;
      this.closedFrom = from;
    }
  }

  /** Opens a closed account again. */
  public void reopen() {
    this.closedBecause = null;
    this.closedFrom = null;
  }

  /** Whether the account refuses sign-ins at {@code now}. */
  public boolean isClosedAt(java.time.Instant now) {
    return closedFrom != null && !closedFrom.isAfter(now);
  }

  public java.time.Instant getClosedFrom() {
    return closedFrom;
  }

  public AccountClosure getClosedBecause() {
    return closedBecause;
  }

  public String getDisplayName() {
    return (title == null ? "" : title) + firstName + " " + lastName;
  }

  /** The Camunda candidate groups this person works in: derived from role, province and group. */
  public java.util.List<String> candidateGroups() {
    if (role == Role.DIRECTOR && province != null && workGroup != null) {
      return java.util.List.of(directorGroup(province.getCode(), workGroup.getCode()));
    }
    if (role == Role.OFFICER && province != null) {
      return java.util.List.of(officerGroup(province.getCode()));
    }
    return java.util.List.of();
  }

  public static String directorGroup(String provinceCode, String groupCode) {
    return "director:" + provinceCode + ":" + groupCode;
  }

  public static String officerGroup(String provinceCode) {
    return "officer:" + provinceCode;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public String getTitle() {
    return title;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getPositionTh() {
    return positionTh;
  }

  public Province getProvince() {
    return province;
  }

  public WorkGroup getWorkGroup() {
    return workGroup;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public String getNameSortKey() {
    return nameSortKey;
  }

  public String getEmail() {
    return email;
  }
}
