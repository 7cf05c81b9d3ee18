package ai.xseven.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginElementTemplatesTest {

  @Test
  void aPluginBecomesAServiceTaskTemplateWithHiddenBindingsAndAFieldPerSetting() {
    Map<String, Object> template = PluginElementTemplates.template(new ReplyWithTextPlugin().definition());

    assertThat(template).containsEntry("id", "ai.xseven.plugin.replyWithText")
        .containsEntry("version", 1_000_000)
        .containsEntry("appliesTo", List.of("bpmn:ServiceTask"))
        .containsEntry("$schema", PluginElementTemplates.SCHEMA);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> properties = (List<Map<String, Object>>) template.get("properties");
    assertThat(properties).hasSize(3);
    assertThat(properties.get(0)).containsEntry("type", "Hidden")
        .containsEntry("value", "${plugin}")
        .containsEntry("binding", Map.of("type", "property", "name", "camunda:delegateExpression"));
    assertThat(properties.get(1)).containsEntry("type", "Hidden")
        .containsEntry("value", "replyWithText")
        .containsEntry("binding", Map.of("type", "camunda:property", "name", "plugin"));
    // Not "Text": the modeler's loader refuses it on a camunda:property binding.
    assertThat(properties.get(2)).containsEntry("label", "Text")
        .containsEntry("type", "String")
        .containsEntry("binding", Map.of("type", "camunda:property", "name", "text"))
        .containsEntry("constraints", Map.of("notEmpty", true, "maxLength", 2000));
  }
}
