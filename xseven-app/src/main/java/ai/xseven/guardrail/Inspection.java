package ai.xseven.guardrail;

import java.util.List;

/** What {@link MessageInspector} found: the fact for the rules and where the personal data sits. */
record Inspection(InboundMessage fact, List<PersonalDataSpan> personalData) {

  Inspection {
    personalData = List.copyOf(personalData);
  }
}
