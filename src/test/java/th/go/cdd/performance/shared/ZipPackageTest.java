package th.go.cdd.performance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

public class ZipPackageTest {
  /** A package with [Content_Types].xml, then {@code count} entries of {@code zeros} zero bytes each under {@code folder}. */
  public static byte[] packageOf(String folder, int count, int zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[64 * 1024];
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry(folder + "part" + i + ".xml"));
        for (int written = 0; written < zeros; written += chunk.length) {
          zip.write(chunk, 0, Math.min(chunk.length, zeros - written));
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsTheNamesOfAnOrdinaryPackage() throws IOException {
    ZipPackage zip = ZipPackage.read(packageOf("word/", 2, 300));
    assertThat(zip.isOfficePackage()).isTrue();
    assertThat(zip.hasUnder("word/")).isTrue();
    assertThat(zip.hasUnder("xl/")).isFalse();
  }

  @Test
  void anEntryPackedAThousandToOneIsRefused() throws IOException {
    byte[] bomb = packageOf("word/", 1, 32 * 1024 * 1024);
    assertThat(bomb.length).isLessThan(100_000);
    assertThatThrownBy(() -> ZipPackage.read(bomb)).isInstanceOf(BusinessException.class).hasMessage("upload.zipBomb");
  }

  @Test
  void manySmallEntriesThatUnpackToMoreThanTheLimitAreRefused() throws IOException {
    // each entry is under the size from which the ratio is checked; together they pass 100 MB
    byte[] bomb = packageOf("xl/", 120, 900 * 1024);
    assertThatThrownBy(() -> ZipPackage.read(bomb)).isInstanceOf(BusinessException.class).hasMessage("upload.zipBomb");
  }

  @Test
  void bytesThatAreNotAZipAreNotAPackage() {
    assertThat(ZipPackage.read(new byte[] {'P', 'K', 3, 4, 0, 0})).isNull();
    assertThat(ZipPackage.read("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
  }
}
