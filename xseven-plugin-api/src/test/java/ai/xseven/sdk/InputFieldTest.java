package ai.xseven.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputFieldTest {

  @Test
  void aRequiredFieldWithoutDefaultNeedsAValue() {
    InputField to = InputField.text("to").label("To").required().build();

    assertThat(to.problemWith(" ")).contains("'To' is required.");
    assertThat(to.problemWith("owner@example.com")).isEmpty();
    assertThat(InputField.text("to").required().defaultValue("x").build().problemWith(null))
        .isEmpty();
  }

  @Test
  void numbersAreParsedAndBounded() {
    InputField seconds = InputField.number("seconds").label("Timeout").min(1).max(60).build();

    assertThat(seconds.problemWith("ten")).contains("'Timeout' must be a number, not 'ten'.");
    assertThat(seconds.problemWith("0")).contains("'Timeout' must be at least 1.");
    assertThat(seconds.problemWith("61")).contains("'Timeout' must be at most 60.");
    assertThat(seconds.problemWith("2.5")).isEmpty();
  }

  @Test
  void booleansAndChoicesTakeOnlyTheirValues() {
    assertThat(InputField.bool("strict").build().problemWith("yes"))
        .contains("'strict' must be true or false, not 'yes'.");
    InputField method = InputField.choice("method", "GET", "POST").build();
    assertThat(method.problemWith("PATCH")).contains("'method' must be one of GET, POST, not 'PATCH'.");
    assertThat(method.problemWith("POST")).isEmpty();
  }

  @Test
  void aSecretFieldTakesANameNeverTheSecret() {
    InputField password = InputField.secret("password").label("Password").build();

    assertThat(password.problemWith("smtp.password")).isEmpty();
    assertThat(password.problemWith("hunter2 !")).hasValueSatisfying(problem ->
        assertThat(problem).contains("takes the name of a secret"));
  }

  @Test
  void textKeepsToItsPatternAndLength() {
    InputField code = InputField.text("code").pattern("[A-Z]{3}").maxLength(3).build();

    assertThat(code.problemWith("ABC")).isEmpty();
    assertThat(code.problemWith("abc")).hasValueSatisfying(problem ->
        assertThat(problem).contains("does not have the expected form"));
    assertThat(code.problemWith("ABCD")).contains("'code' must be at most 3 characters.");
  }

  @Test
  void aChoiceWithoutChoicesOrABadNameIsAProgrammingError() {
    assertThatThrownBy(() -> InputField.choice("method").build())
        .hasMessageContaining("has no choices");
    assertThatThrownBy(() -> InputField.text("two words").build())
        .hasMessageContaining("A field name");
  }
}
