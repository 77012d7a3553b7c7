package dev.hashvet.text;

/**
 * The numbers of the segmenter's cost model, in nats (negative natural log of a probability). A
 * word from the frequency list costs {@code -ln(count / total)}; everything else is priced here.
 * The defaults were tuned on the development sets (see docs/segmentation.md).
 *
 * @param unknownBase the fixed cost of a word the list does not have
 * @param unknownPerChar the added cost per char of an unknown word (longer is less likely)
 * @param unknownLongPerChar the further cost per char of an unknown word beyond its eighth: long
 *     runs the list does not know are more often several words ("pigbirdcowflu") than one
 * @param maxUnknown the longest unknown word the search considers, in chars
 * @param possessive the added cost of reading "thatchers" as "thatcher's"
 * @param number the cost of a run of digits read as one number ("2020")
 * @param foreignWord the cost of a word in another script, which the list cannot judge
 * @param splitInCapitalised the cost of a word break inside a capitalised part of a camel-case
 *     tag ("Mon|day" in "MondayMotivation"): writers who use capitals mark their words
 * @param crossCapital the cost of a word that runs over a capital in a camel-case tag ("iPhone")
 * @param splitInTitle the cost of reading a tag written as one capitalised word ("Penistone") as
 *     more than one word: such tags are single words nine times in ten
 * @param riskBase how far a risky reading may cost above the best and still be reported when the
 *     best reading is one word: a tag that reads as one known word or name is read as that word
 * @param riskPerBreak how much further, per word break of the best reading: each break a reader
 *     must find alone is a chance to find another one (see docs/segmentation.md)
 * @param riskMax the most a risky reading may cost above the best, however many breaks: about
 *     the 90th percentile of how far the readings writers meant lie above the best when the model
 *     misses them (docs/segmentation.md), so a risky reading is never less plausible than that
 * @param alternateMargin how far above the best a plain (not risky) alternate may cost
 * @param alternates how many readings the search keeps per position (n-best)
 */
public record CostModel(
    double unknownBase,
    double unknownPerChar,
    double unknownLongPerChar,
    int maxUnknown,
    double possessive,
    double number,
    double foreignWord,
    double splitInCapitalised,
    double crossCapital,
    double splitInTitle,
    double riskBase,
    double riskPerBreak,
    double riskMax,
    double alternateMargin,
    int alternates) {

  /** How far above the best a reading that adds a risk word may cost, by the best's breaks. */
  public double riskMargin(int breaks) {
    return Math.min(riskMax, riskBase + riskPerBreak * breaks);
  }

  /** The tuned model. */
  public static CostModel defaults() {
    return new CostModel(
        8.0, // unknownBase
        2.375, // unknownPerChar
        0.5, // unknownLongPerChar
        24, // maxUnknown
        10.0, // possessive
        3.75, // number
        12.0, // foreignWord
        3.5, // splitInCapitalised
        8.0, // crossCapital
        5.75, // splitInTitle
        5.0, // riskBase
        7.5, // riskPerBreak
        20.0, // riskMax
        8.0, // alternateMargin
        6); // alternates
  }
}
