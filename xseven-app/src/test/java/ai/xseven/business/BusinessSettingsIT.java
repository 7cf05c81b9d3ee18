package ai.xseven.business;

import static ai.xseven.DemoData.BELLA;
import static ai.xseven.DemoData.GLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The studio's changes to a business, stored and audited in the embedded database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Adds catalog items to the demo businesses: no later test may see them.
@DirtiesContext
class BusinessSettingsIT {

  @Autowired BusinessSettings settings;
  @Autowired BusinessService businesses;
  @Autowired JdbcTemplate jdbc;

  @Test
  void eachBusinessHasItsOwnWidgetKeyAndARegeneratedOneReplacesIt() {
    String glow = settings.widget(GLOW).key();
    String bella = settings.widget(BELLA).key();
    assertThat(glow).startsWith("xsw_").isNotEqualTo(bella);
    assertThat(settings.widget(GLOW).key()).isEqualTo(glow);

    String regenerated = settings.regenerateWidgetKey(GLOW, "studio:admin").key();

    assertThat(regenerated).startsWith("xsw_").isNotEqualTo(glow);
    assertThat(settings.widget(GLOW).key()).isEqualTo(regenerated);
    assertThat(audited("widget.key-regenerated")).isEqualTo(1);
  }

  @Test
  void allowedOriginsAreStoredNormalisedAndWrongOnesChangeNothing() {
    settings.changeAllowedOrigins(BELLA, "https://Bella.example.com/\nhttp://localhost:3000",
        "studio:admin");

    assertThatThrownBy(() -> settings.changeAllowedOrigins(BELLA, "bella.example.com",
        "studio:admin")).isInstanceOf(IllegalArgumentException.class);

    assertThat(settings.widget(BELLA).allowedOrigins())
        .containsExactly("https://bella.example.com", "http://localhost:3000");
  }

  @Test
  void aNewItemsPriceMustPassTheMenuChangePolicy() {
    CatalogItemDraft free = new CatalogItemDraft("Nails", "Nail Art", "Per nail", 0, 15);
    assertThatThrownBy(() -> settings.addItem(GLOW, free, "studio:admin"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("Nail Art needs a price above zero, not $0.");

    CatalogEntry added = settings.addItem(GLOW,
        new CatalogItemDraft("Nails", "Nail Art", "Per nail", 500, 15), "studio:admin");

    assertThat(businesses.catalog(GLOW)).contains(added);
    assertThat(added.formattedPrice()).isEqualTo("$5");
    assertThat(audited("menu.item-added")).isEqualTo(1);
  }

  @Test
  void aSalonServiceNeedsADuration() {
    assertThatThrownBy(() -> settings.addItem(GLOW,
        new CatalogItemDraft("Brows", "Brow Tint", "", 1500, null), "studio:admin"))
        .hasMessage("A salon service takes 5 to 480 minutes: give its duration.");
  }

  private int audited(String action) {
    return jdbc.queryForObject("select count(*) from audit_log where action = ?", Integer.class,
        action);
  }
}
