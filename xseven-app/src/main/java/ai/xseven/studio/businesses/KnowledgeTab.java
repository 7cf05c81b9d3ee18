package ai.xseven.studio.businesses;

import ai.xseven.business.BusinessProfile;
import ai.xseven.knowledge.KnowledgeLibrary;
import ai.xseven.knowledge.KnowledgeLibrary.KnowledgeDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The documents the assistant answers from (menus, price lists, policies): list, upload
 * (Markdown, text or PDF), delete.
 */
class KnowledgeTab extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.ENGLISH);

  private final BusinessProfile business;
  private final KnowledgeLibrary knowledge;
  private final Grid<KnowledgeDocument> grid = new Grid<>(KnowledgeDocument.class, false);
  private final Paragraph error = Feedback.errorLine("knowledge-error");

  KnowledgeTab(BusinessProfile business, KnowledgeLibrary knowledge) {
    this.business = business;
    this.knowledge = knowledge;
    setPadding(false);
    ZoneId zone = business.zone();
    grid.setId("knowledge-documents");
    grid.addColumn(KnowledgeDocument::title).setHeader("Title").setFlexGrow(1);
    grid.addColumn(KnowledgeDocument::contentType).setHeader("Type").setAutoWidth(true);
    grid.addColumn(doc -> doc.sizeBytes() / 1024 + " KiB").setHeader("Size");
    grid.addColumn(KnowledgeDocument::passages).setHeader("Passages");
    grid.addColumn(doc -> doc.ingestedAt() == null ? "" : WHEN.format(doc.ingestedAt()
        .atZone(zone))).setHeader("Learned").setAutoWidth(true);
    grid.addComponentColumn(this::deleteButton).setAutoWidth(true);
    grid.setAllRowsVisible(true);

    TextField title = new TextField("Title (optional)");
    title.setId("document-title");
    Upload upload = new Upload();
    upload.setId("document-upload");
    upload.setAcceptedFileTypes(".md", ".markdown", ".txt", ".pdf", "text/markdown",
        "text/plain", "application/pdf");
    upload.setMaxFiles(1);
    UI ui = UI.getCurrent();
    upload.setUploadHandler(UploadHandler.inMemory((file, content) -> {
      String chosenTitle = title.getValue().isBlank() ? null : title.getValue().strip();
      // Parsing and embedding take a moment: done here, outside the UI lock.
      String problem = null;
      try {
        knowledge.upload(business.id(), chosenTitle, file.contentType(), file.fileName(),
            content);
      } catch (IllegalArgumentException refused) {
        problem = refused.getMessage();
      }
      String result = problem;
      ui.access(() -> {
        upload.clearFileList();
        error.setText(result == null ? "" : result);
        if (result == null) {
          title.clear();
          Feedback.saved(file.fileName() + " learned.");
        }
        refresh();
      });
    }));
    add(new Paragraph("The assistant answers customers' questions from these documents: "
        + "Markdown, plain text or PDF."), grid, new HorizontalLayout(title, upload), error);
    refresh();
  }

  private void refresh() {
    try {
      grid.setItems(knowledge.list(business.id()));
    } catch (IllegalArgumentException refused) {
      error.setText(refused.getMessage());
    }
  }

  private Button deleteButton(KnowledgeDocument document) {
    Button delete = new Button("Delete", click -> {
      try {
        knowledge.delete(business.id(), document.id());
        Feedback.saved(document.title() + " deleted.");
      } catch (IllegalArgumentException refused) {
        error.setText(refused.getMessage());
      }
      refresh();
    });
    delete.setId("delete-document-" + CatalogTab.slug(document.title()));
    delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    return delete;
  }
}
