package th.go.cdd.performance.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What an uploaded zip package (DOCX, XLSX) holds, read from its central directory only: nothing
 * is inflated, so a zip bomb costs no more to look at than its own bytes. A package that declares
 * more than {@link #MAX_UNPACKED_BYTES} unpacked, or that packs an entry over 100 to 1 (office
 * files pack about 5 to 1; a bomb 1,000 to 1), is refused with {@code upload.zipBomb}.
 */
public final class ZipPackage {
  public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
  /** Entries that pack better than this (unpacked / packed) are refused; the same bound as POI's default. */
  public static final int MAX_RATIO = 100;
  private static final int MAX_ENTRIES = 10_000;
  /** Small entries may pack very well (a run of spaces); the ratio is checked from this size on. */
  private static final long RATIO_FROM_BYTES = 1024L * 1024;

  private final List<String> names;

  private ZipPackage(List<String> names) {
    this.names = names;
  }

  /** The package's entry names; null when the bytes are not a readable zip. Refuses bombs. */
  public static ZipPackage read(byte[] content) {
    List<String> names = new ArrayList<>();
    long unpacked = 0;
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        if (names.size() >= MAX_ENTRIES) {
          throw new BusinessException("upload.zipBomb", MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        long size = Math.max(0, e.getSize());
        long packed = Math.max(1, e.getCompressedSize());
        unpacked += size;
        if (unpacked > MAX_UNPACKED_BYTES || (size >= RATIO_FROM_BYTES && size / packed > MAX_RATIO)) {
          throw new BusinessException("upload.zipBomb", MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        names.add(e.getName());
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BusinessException b) {
        throw b;
      }
      return null;
    }
    return new ZipPackage(List.copyOf(names));
  }

  /** An Office Open XML package (DOCX, XLSX) holds its [Content_Types].xml part. */
  public boolean isOfficePackage() {
    return names.contains("[Content_Types].xml");
  }

  public boolean hasUnder(String folder) {
    return names.stream().anyMatch(n -> n.startsWith(folder));
  }
}
