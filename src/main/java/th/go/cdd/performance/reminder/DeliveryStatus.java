package th.go.cdd.performance.reminder;

/** Where an outbox message's e-mail stands. */
public enum DeliveryStatus {
  PENDING,
  SENT,
  FAILED
}
