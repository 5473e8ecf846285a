/**
 * Reminders: e-mail and in-app notices before a report's due date, escalation to the holder's
 * superior after it, and a provincial "nudge" to everyone late. The dates come from a working-day
 * calendar (weekends and the public holidays kept as data); the round model's timers decide when,
 * the {@link th.go.cdd.performance.reminder.Reminders} service decides whom (the holders, asked of
 * {@link th.go.cdd.performance.monitoring.Holders} as the overdue list is, and their superiors) and
 * writes the outbox, and the {@link th.go.cdd.performance.reminder.Outbox} delivers after commit,
 * with retries.
 */
package th.go.cdd.performance.reminder;
