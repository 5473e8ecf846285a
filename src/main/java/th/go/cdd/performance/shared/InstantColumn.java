package th.go.cdd.performance.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} as a SQL timestamp, so that times sort and compare in the database
 * (EclipseLink would otherwise serialise them into a byte column).
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {
  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
