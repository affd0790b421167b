package se.samverkan.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestTraceTest {

  @Test
  void theThreadSaysWhichRequestAndTenantItServesUntilClosed() {
    String name = Thread.currentThread().getName();
    RequestTrace.open("3f2c9a10-5b7e-4d21-9c3a-7e1f0b2d4a66");
    try {
      assertThat(Thread.currentThread().getName()).isEqualTo(name + " [request 3f2c9a10-5b7e-4d21-9c3a-7e1f0b2d4a66]");
      RequestTrace.enter(new TenantId("varberg"));
      assertThat(Thread.currentThread().getName())
          .isEqualTo(name + " [request 3f2c9a10-5b7e-4d21-9c3a-7e1f0b2d4a66, tenant varberg]");
      assertThat(RequestTrace.current()).contains("3f2c9a10-5b7e-4d21-9c3a-7e1f0b2d4a66");
    } finally {
      RequestTrace.close();
    }
    assertThat(Thread.currentThread().getName()).isEqualTo(name);
    assertThat(RequestTrace.current()).isEmpty();
  }

  @Test
  void anIdThatALogCouldMisreadIsRefused() {
    assertThat(RequestTrace.isAcceptable("abc-123_x.y")).isTrue();
    assertThat(RequestTrace.isAcceptable("short")).isFalse();
    assertThat(RequestTrace.isAcceptable("line\nbreak-injected")).isFalse();
    assertThat(RequestTrace.isAcceptable("a".repeat(65))).isFalse();
    assertThat(RequestTrace.isAcceptable(null)).isFalse();
    assertThatThrownBy(() -> RequestTrace.open("x y z w v u")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutARequestEnteringATenantNamesNothing() {
    String name = Thread.currentThread().getName();
    RequestTrace.enter(new TenantId("varberg"));
    assertThat(Thread.currentThread().getName()).isEqualTo(name);
  }
}
