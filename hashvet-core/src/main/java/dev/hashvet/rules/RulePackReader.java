package dev.hashvet.rules;

import dev.hashvet.HashvetException;
import dev.hashvet.InputFiles;
import dev.hashvet.YamlDoc;
import dev.hashvet.rules.dates.ObservanceCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * Reads rule books: the bundled packs and term lists plus the packs, term lists and observance
 * files in the user's rule folders. A pack file:
 *
 * <pre>
 * pack: legal
 * description: Trials, verdicts and courts.
 * rules:
 *   - id: text.legal-proceedings           # stable, unique
 *     category: legal_proceedings          # a Category id
 *     severity: review                     # info | review | block
 *     regions: [US]                        # optional: the markets it is for
 *     message: "The post uses ${term}, a courtroom word."
 *     why: "Court cases are painful news for the people in them."
 *     match: {terms: {lists: [legal]}}
 *     garm: {category: crime, tier: medium} # optional: GARM category and risk tier
 *     examples:
 *       flag: ["Who is #notguilty?", {text: "...", regions: [US], severity: review}]
 *       pass: ["A jurassic adventure"]
 * </pre>
 *
 * <p>A run makes one reader and asks it for every book it needs. The reader parses the bundled
 * files once, the first time a book needs them (or ahead of time, {@link #warmUp}), and keeps
 * them, with the bundled book, for the books it reads later: they come from the classpath, so they
 * never change. It is safe to share between threads.
 */
public final class RulePackReader {
  /** The bundled term lists with their files, and the bundled pack files. */
  private record Bundled(List<YamlDoc> listDocs, List<TermList> lists, List<YamlDoc> packDocs) {}

  /** The forms of the bundled terms, for every term list this reader parses. */
  private final FormsImage forms = new FormsImage();

  /** The bundled date calendar, with its caches: the one every book of this reader reads. */
  private final FutureTask<ObservanceCalendar> bundledCalendar =
      new FutureTask<>(ObservanceCalendar::readBundled);

  private final FutureTask<Bundled> bundledFiles = new FutureTask<>(this::readBundled);
  private final FutureTask<RuleBook> bundledBook =
      new FutureTask<>(() -> assemble(List.of(), true));

  /** The bundled packs plus the packs and term lists in {@code userDirs}. */
  public RuleBook read(List<Path> userDirs) {
    return read(userDirs, true);
  }

  /**
   * Reads the user folders' files, with or without the bundled packs (without: to test a user's
   * own pack in isolation; the bundled term lists are always available to it). With no folders
   * and the bundled packs, the answer is this reader's one bundled book ({@link #bundled}).
   */
  public RuleBook read(List<Path> userDirs, boolean withBundledPacks) {
    if (userDirs.isEmpty() && withBundledPacks) {
      return bundled();
    }
    return assemble(userDirs, withBundledPacks);
  }

  /**
   * The bundled packs and term lists, read once by this reader: by the first caller, or ahead of
   * time on another thread ({@link #warmUp}). Every caller gets the same book.
   */
  public RuleBook bundled() {
    return get(bundledBook);
  }

  /**
   * The bundled date calendar, read once by this reader (by the first caller, or ahead of time on
   * another thread: {@link #warmUpCalendar}); every book of this reader shares it and its caches.
   */
  public ObservanceCalendar calendar() {
    return get(bundledCalendar);
  }

  /** Reads the bundled calendar here, now, unless that has begun: for a background thread. */
  public void warmUpCalendar() {
    bundledCalendar.run();
  }

  /**
   * Reads the bundled book here, now, unless that has begun: for a background thread to call
   * while the command line and config are read.
   */
  public void warmUp() {
    bundledBook.run();
  }

  /**
   * The bundled calendar with the observance files (files with an {@code observances} key) in
   * {@code userDirs}: what {@code hashvet dates} lists, without reading the rule packs.
   */
  public ObservanceCalendar calendar(List<Path> userDirs) {
    List<YamlDoc> docs = new ArrayList<>();
    for (Path dir : userDirs) {
      for (Path file : yamlFiles(dir)) {
        YamlDoc doc = read(file);
        if (doc.root().has("observances")) {
          docs.add(doc);
        }
      }
    }
    return docs.isEmpty() ? calendar() : calendar().with(docs);
  }

  private Bundled readBundled() {
    // The bundled files are many and valid (the tests read every one), so they are parsed on all
    // cores.
    List<YamlDoc> listDocs = YamlDoc.index("/terms/index.txt").parallelStream()
        .map(name -> YamlDoc.resource("/terms/" + name)).toList();
    List<TermList> lists = listDocs.parallelStream().map(doc -> TermLists.parse(doc, forms)).toList();
    List<YamlDoc> packDocs = YamlDoc.index("/rules/index.txt").parallelStream()
        .map(name -> YamlDoc.resource("/rules/" + name)).toList();
    return new Bundled(listDocs, lists, packDocs);
  }

  private RuleBook assemble(List<Path> userDirs, boolean withBundledPacks) {
    // The user's files are read in order so that the first problem reported is the first in the
    // folder.
    Bundled bundled = get(bundledFiles);
    List<YamlDoc> listDocs = new ArrayList<>(bundled.listDocs());
    List<TermList> lists = new ArrayList<>(bundled.lists());
    List<YamlDoc> packDocs = new ArrayList<>();
    List<YamlDoc> observanceDocs = new ArrayList<>();
    if (withBundledPacks) {
      packDocs.addAll(bundled.packDocs());
    }
    for (Path dir : userDirs) {
      for (Path file : yamlFiles(dir)) {
        YamlDoc doc = read(file);
        if (doc.root().has("list")) {
          listDocs.add(doc);
          lists.add(TermLists.parse(doc, forms));
        } else if (doc.root().has("pack")) {
          packDocs.add(doc);
        } else if (doc.root().has("observances")) {
          observanceDocs.add(doc);
        } else {
          throw doc.error("", "neither a rule pack (no 'pack' key), a term list (no 'list' key)"
              + " nor an observance file (no 'observances' key)");
        }
      }
    }
    TermLists terms = new TermLists();
    for (int i = 0; i < lists.size(); i++) {
      terms.add(lists.get(i), listDocs.get(i));
    }
    terms.freeze();
    ObservanceCalendar calendar =
        observanceDocs.isEmpty() ? calendar() : calendar().with(observanceDocs);
    RulePackParser packs = new RulePackParser(new Spec.Loading(terms, Matchers.standard(calendar)));
    packDocs.forEach(packs::parse);
    return new RuleBook(packs.rules(), terms, packs.packs(), calendar);
  }

  /** Runs {@code task} here unless it has begun elsewhere, and returns its result. */
  private static <T> T get(FutureTask<T> task) {
    task.run();
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the bundled rules", e);
    }
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw HashvetException.input("rule folder not found: " + dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw HashvetException.input("cannot read rule folder " + dir + ": " + e.getMessage());
    }
  }

  private static YamlDoc read(Path file) {
    return YamlDoc.parse(file.toString(), InputFiles.read(file, file.toString(),
        InputFiles.SMALL));
  }
}
