package th.go.cdd.performance.document;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.text.BreakIterator;
import java.util.BitSet;
import java.util.Locale;

/**
 * Lets a line break between two Thai words (which are written without spaces), found with the
 * JDK's dictionary-based word breaker, as well as wherever OpenPDF would break anyway. Used on
 * every chunk of the form, in the body and in table cells alike.
 */
final class ThaiWordSplit implements SplitCharacter {
  static final ThaiWordSplit INSTANCE = new ThaiWordSplit();
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** The last text seen and its word ends: OpenPDF asks character by character over the same array. */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  private ThaiWordSplit() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
      return true;
    }
    if (current + 1 >= end || !ThaiText.isThai(cc[current]) || !ThaiText.isThai(cc[current + 1])) {
      return false;
    }
    return wordEnds(cc, start, end).get(current + 1);
  }

  private static BitSet wordEnds(char[] cc, int start, int end) {
    Object[] last = LAST.get();
    if (last != null && last[0] == cc && (Integer) last[1] == start && (Integer) last[2] == end) {
      return (BitSet) last[3];
    }
    BitSet ends = new BitSet(end);
    BreakIterator words = BreakIterator.getWordInstance(THAI);
    words.setText(new String(cc, start, end - start));
    for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
      ends.set(start + b);
    }
    LAST.set(new Object[] {cc, start, end, ends});
    return ends;
  }
}
