package dev.hashvet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.garm.Garm;
import dev.hashvet.garm.GarmCategory;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleBook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hashvet rules list --garm}: the rules in force grouped by GARM category, each with the
 * tier of its findings (set by the rule, or from its severity), and the categories no rule covers.
 */
final class GarmListing {
  private final Map<GarmCategory, List<Rule>> byCategory = new EnumMap<>(GarmCategory.class);
  private final int rules;

  GarmListing(RuleBook book) {
    for (GarmCategory c : GarmCategory.values()) {
      byCategory.put(c, new ArrayList<>());
    }
    for (Rule r : book.rules()) {
      byCategory.get(garm(r).category()).add(r);
    }
    rules = book.rules().size();
  }

  private static Garm garm(Rule r) {
    return r.garm().of(r.category(), r.severity());
  }

  String text() {
    StringBuilder sb = new StringBuilder();
    int covered = 0;
    for (var e : byCategory.entrySet()) {
      List<Rule> list = e.getValue();
      covered += list.isEmpty() ? 0 : 1;
      sb.append('\n').append(e.getKey().id()).append(": ").append(e.getKey().title())
          .append(" (").append(list.size()).append(list.size() == 1 ? " rule" : " rules")
          .append(")\n");
      if (list.isEmpty()) {
        sb.append("  no rules\n");
      }
      for (Rule r : list) {
        sb.append(String.format("  %-36s %-6s %-6s %-24s%s", r.id(), garm(r).tier().id(),
            r.severity().id(), r.category().id(),
            r.regions().isEmpty() ? "" : " " + String.join(",", r.regions())).stripTrailing())
            .append('\n');
      }
    }
    sb.append('\n').append(rules).append(" rules in ").append(covered).append(" of ")
        .append(GarmCategory.values().length).append(" GARM categories; columns: rule, tier,"
            + " severity, hashvet category, markets");
    return sb.toString();
  }

  String json() throws JsonProcessingException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode arr = m.createArrayNode();
    for (var e : byCategory.entrySet()) {
      ObjectNode c = arr.addObject();
      c.put("category", e.getKey().id());
      c.put("title", e.getKey().title());
      ArrayNode list = c.putArray("rules");
      for (Rule r : e.getValue()) {
        ObjectNode o = list.addObject();
        o.put("id", r.id());
        o.put("tier", garm(r).tier().id());
        o.put("tier_set_by_rule", r.garm().tier().isPresent());
        o.put("severity", r.severity().id());
        o.put("hashvet_category", r.category().id());
        o.put("pack", r.pack());
        ArrayNode regions = o.putArray("regions");
        r.regions().forEach(regions::add);
      }
    }
    return m.writeValueAsString(arr);
  }
}
