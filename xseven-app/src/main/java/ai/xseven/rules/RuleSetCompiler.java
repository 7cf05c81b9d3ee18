package ai.xseven.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles DRL with the classic builder: unlike the executable model it reports each error with
 * the analyst's line and column. A rule set must declare the {@code outcome} global its rules
 * report through.
 */
@Component
class RuleSetCompiler {

  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;?\\s*$");
  private static final Pattern OUTCOME_GLOBAL =
      Pattern.compile("(?m)^\\s*global\\s+(ai\\.xseven\\.rules\\.)?RuleOutcome\\s+outcome\\s*;?");
  private static final int POOL_SIZE = 8;
  private static final String NO_PACKAGE = "Parser returned a null Package";

  private final ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();

  CompiledRuleSet compile(String name, int version, String drl) {
    KnowledgeBuilderConfiguration configuration =
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    builder.add(
        ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
            .setSourcePath(name + ".drl"),
        ResourceType.DRL);
    List<CompileError> errors = new ArrayList<>();
    builder.getErrors().stream()
        // Drools adds this after any syntax error; it points nowhere and says nothing new.
        .filter(error -> !error.getMessage().contains(NO_PACKAGE))
        .forEach(error -> errors.add(describe(error)));
    if (errors.isEmpty() && builder.hasErrors()) {
      builder.getErrors().forEach(error -> errors.add(describe(error)));
    }
    if (errors.isEmpty() && !OUTCOME_GLOBAL.matcher(drl).find()) {
      errors.add(new CompileError(1, 1,
          "The rule set must declare 'global ai.xseven.rules.RuleOutcome outcome;' for its rules "
              + "to report through."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRuleSetException(name, errors);
    }
    KieBase kieBase = builder.newKieBase();
    return new CompiledRuleSet(name, version, kieBase, kieBase.newKieSessionsPool(POOL_SIZE),
        factTypes(drl));
  }

  private static CompileError describe(KnowledgeBuilderError error) {
    int[] lines = error.getLines();
    int line = lines != null && lines.length > 0 ? lines[0] : 0;
    int column = 0;
    // Drools counts columns from 0 (and -1 when unknown); the analyst counts from 1.
    if (error instanceof ParserError parser) {
      line = parser.getRow();
      column = parser.getCol() >= 0 ? parser.getCol() + 1 : 0;
    } else if (error instanceof DescrBuildError build && build.getLine() > 0) {
      line = build.getLine();
      column = build.getColumn() >= 0 ? build.getColumn() + 1 : 0;
    }
    return new CompileError(Math.max(0, line), column, error.getMessage().strip());
  }

  private Map<String, Class<?>> factTypes(String drl) {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    Matcher imports = IMPORT.matcher(drl);
    while (imports.find()) {
      try {
        Class<?> type = Class.forName(imports.group(1), false, classLoader);
        types.put(type.getSimpleName(), type);
      } catch (ClassNotFoundException notAClass) {
        // a function or wildcard import; the builder has already judged it
      }
    }
    return types;
  }
}
