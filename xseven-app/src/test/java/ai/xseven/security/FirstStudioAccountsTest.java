package ai.xseven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ai.xseven.business.BusinessService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FirstStudioAccountsTest {

  private final StudioAccounts accounts = mock(StudioAccounts.class);
  private final BusinessService businesses = mock(BusinessService.class);

  private FirstStudioAccounts seeder(String adminPassword) {
    when(businesses.list()).thenReturn(List.of());
    return new FirstStudioAccounts(accounts, businesses,
        new SecurityProperties(null, adminPassword, false));
  }

  @Test
  void aGeneratedAdminPasswordIsPrintedOnceAndIsTheOneStored(CapturedOutput output) {
    seeder("").run(null);

    ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
    verify(accounts).create(eq("admin"), password.capture(), eq(StudioRole.ADMIN), eq(null));
    assertThat(password.getValue()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(output.getOut()).containsOnlyOnce(password.getValue());
  }

  @Test
  void theConfiguredAdminPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
    seeder("from-the-environment").run(null);

    verify(accounts).create("admin", "from-the-environment", StudioRole.ADMIN, null);
    assertThat(output.getOut()).doesNotContain("from-the-environment");
  }

  @Test
  void anExistingAdminIsLeftAlone() {
    when(accounts.anyAdmin()).thenReturn(true);
    seeder("").run(null);

    verify(accounts, never()).create(any(), any(), eq(StudioRole.ADMIN), any());
  }
}
