package ai.xseven.studio.rules;

import ai.xseven.rules.CompileError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * CodeMirror 6 with DRL highlighting ({@code frontend/drl/}). The browser reports the text once
 * typing pauses; whoever listens compiles it and answers with {@link #showProblems}, which the
 * editor underlines unless the analyst has typed on since.
 */
@Tag("x7-drl-editor")
@JsModule("./drl/drl-editor.js")
class DrlEditor extends Component implements HasSize {

  private String text = "";

  DrlEditor() {
    setId("drl-editor");
    getElement().getStyle().set("display", "block");
    // Synchronised, so a re-attached editor (a TabSheet detaches hidden tabs) gets the analyst's
    // text back rather than the text it was opened with.
    getElement().addPropertyChangeListener("value", "drl-changed", change -> {});
  }

  /** {@code listener} gets each text the analyst paused on, with its sequence number. */
  void onTextChange(BiConsumer<String, Integer> listener) {
    getElement().addEventListener("drl-changed", event -> {
      text = event.getEventData().getString("event.detail.text");
      listener.accept(text, (int) event.getEventData().getNumber("event.detail.seq"));
    }).addEventData("event.detail.text").addEventData("event.detail.seq");
  }

  void setText(String drl) {
    text = drl;
    getElement().setProperty("value", drl);
    getElement().callJsFunction("send");
  }

  /** The text the browser last reported, at most a pause in typing old. */
  String lastText() {
    return text;
  }

  /** The text as it is in the browser now, including the last keystrokes not yet reported. */
  void readText(Consumer<String> then) {
    getElement().executeJs("return this.value").then(String.class, current -> {
      text = current;
      then.accept(current);
    });
  }

  void showProblems(int seq, List<CompileError> problems) {
    JsonArray array = Json.createArray();
    for (CompileError problem : problems) {
      JsonObject item = Json.createObject();
      item.put("line", problem.line());
      item.put("column", problem.column());
      item.put("message", problem.message());
      array.set(array.length(), item);
    }
    getElement().callJsFunction("showProblems", seq, array);
  }

  void goTo(int line, int column) {
    getElement().callJsFunction("goTo", line, column);
  }
}
