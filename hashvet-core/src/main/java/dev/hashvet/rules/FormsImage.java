package dev.hashvet.rules;

import dev.hashvet.Varints;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inflected forms of every bundled term, cue and idiom, worked out at build time: one image
 * per language ({@code /compiled/forms/<lang>.bin}), read the first time a term of that language
 * asks for its forms and kept by this object, by language (a {@link RulePackReader} owns one and
 * gives it to the terms it reads; the images are classpath resources, so they never change). Inflecting and tokenising the terms of a language was most of a single
 * check's work; reading them back is a walk over a byte array. A term the image does not hold
 * (terms of the user's own lists, terms written inline in a rule) has its forms worked out as
 * before, and a test checks that the image gives every bundled term the forms it would compute.
 *
 * <p>The build runs {@link #main} over {@code target/classes} after {@code BundledYaml}
 * (exec-maven-plugin, process-classes phase), so the image is made by the same code that would
 * otherwise compute the forms at run time.
 */
public final class FormsImage {
  /** Where the images live on the classpath. */
  static final String FOLDER = "/compiled/forms/";

  /** The images read so far, by language; a language with no image maps to an empty map. */
  private final Map<String, Map<String, List<List<String>>>> byLang = new ConcurrentHashMap<>();

  /** An image that reads each language's file on first use. */
  FormsImage() {}

  /** The key of a term's forms: everything they are computed from. */
  static String key(String text, boolean inflect, List<String> extraForms) {
    if (extraForms.isEmpty()) {
      return (inflect ? "1" : "0") + text;
    }
    StringBuilder sb = new StringBuilder(inflect ? "1" : "0").append(text);
    for (String f : extraForms) {
      sb.append('\u0000').append(f);
    }
    return sb.toString();
  }

  /** The forms the image holds for a term, or null when it holds none. */
  List<List<String>> forms(String lang, String key) {
    return byLang.computeIfAbsent(lang, FormsImage::load).get(key);
  }

  private static Map<String, List<List<String>>> load(String lang) {
    byte[] image;
    try (InputStream in = FormsImage.class.getResourceAsStream(FOLDER + lang + ".bin")) {
      if (in == null) {
        return Map.of();
      }
      image = in.readAllBytes();
    } catch (IOException e) {
      return Map.of();
    }
    return read(image);
  }

  /**
   * An image: the distinct strings (count, then each as length and UTF-8 bytes), then the terms
   * (count, then each as its key's string number, its number of forms and each form as its number
   * of words and their string numbers). Numbers are written 7 bits a byte, low bits first.
   */
  static Map<String, List<List<String>>> read(byte[] image) {
    int[] pos = {0};
    String[] strings = new String[Varints.read(image, pos)];
    for (int i = 0; i < strings.length; i++) {
      int len = Varints.read(image, pos);
      strings[i] = new String(image, pos[0], len, StandardCharsets.UTF_8);
      pos[0] += len;
    }
    int terms = Varints.read(image, pos);
    Map<String, List<List<String>>> out = new HashMap<>(terms * 4 / 3 + 1);
    for (int t = 0; t < terms; t++) {
      String key = strings[Varints.read(image, pos)];
      int n = Varints.read(image, pos);
      List<String>[] forms = newArray(n);
      for (int f = 0; f < n; f++) {
        String[] words = new String[Varints.read(image, pos)];
        for (int w = 0; w < words.length; w++) {
          words[w] = strings[Varints.read(image, pos)];
        }
        forms[f] = List.of(words);
      }
      out.put(key, List.of(forms));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newArray(int n) {
    return (List<String>[]) new List<?>[n];
  }


  /** The image of {@code terms} (key to forms). */
  static byte[] write(Map<String, List<List<String>>> terms) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    terms.forEach((key, forms) -> {
      ids.putIfAbsent(key, ids.size());
      forms.forEach(form -> form.forEach(w -> ids.putIfAbsent(w, ids.size())));
    });
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      Varints.write(out, ids.size());
      for (String s : ids.keySet()) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        Varints.write(out, utf8.length);
        out.write(utf8);
      }
      Varints.write(out, terms.size());
      for (Map.Entry<String, List<List<String>>> e : terms.entrySet()) {
        Varints.write(out, ids.get(e.getKey()));
        Varints.write(out, e.getValue().size());
        for (List<String> form : e.getValue()) {
          Varints.write(out, form.size());
          for (String w : form) {
            Varints.write(out, ids.get(w));
          }
        }
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * Every term, cue and idiom of the bundled term lists, by language and key, with the forms it
   * computes (never read from an image): what the images hold.
   */
  static Map<String, Map<String, List<List<String>>>> bundledForms() {
    Map<String, Map<String, List<List<String>>>> byLang = new TreeMap<>();
    for (TermList list : new RulePackReader().bundled().terms().all()) {
      List<TermList.Term> terms = new ArrayList<>(list.terms());
      terms.addAll(list.exclusions().terms());
      terms.addAll(list.senses().risky().terms());
      terms.addAll(list.senses().benign().terms());
      for (TermList.Term t : list.terms()) {
        terms.addAll(t.risky().terms());
        terms.addAll(t.benign().terms());
      }
      for (TermList.Term t : terms) {
        byLang.computeIfAbsent(t.lang(), l -> new LinkedHashMap<>())
            .putIfAbsent(t.key(), t.computedForms());
      }
    }
    return byLang;
  }

  /** Build step: writes the image of every language under the classes folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    LanguageImages.writeFolder(args[0], FOLDER, bundledForms(), FormsImage::write);
  }
}
