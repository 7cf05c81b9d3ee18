package ai.xseven.process;

import java.util.List;

/**
 * Checks and sends replies that reached the end of a turn without passing an output guardrail
 * task. Implemented by the guardrail feature.
 */
public interface UncheckedReplies {

  void release(String conversationId, List<ReplyDrafts.Draft> drafts);
}
