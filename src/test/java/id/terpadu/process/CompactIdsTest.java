package id.terpadu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's compact ids (docs/adr/0042): the default generator's UUID, losslessly, in 23 characters. */
class CompactIdsTest {

  private final CompactIds ids = new CompactIds();

  @Test
  void anIdIs23LowerCaseBase36Characters() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(ids.getNextId()).hasSize(23).matches("[0-9a-z]{23}");
    }
  }

  @Test
  void anIdKeepsTheWholeUuidButItsConstantVersionAndVariant() {
    for (int i = 0; i < 1_000; i++) {
      UUID uuid = com.fasterxml.uuid.Generators.timeBasedGenerator(
          com.fasterxml.uuid.EthernetAddress.constructMulticastAddress()).generate();
      assertThat(decode(CompactIds.encode(uuid))).isEqualTo(uuid);
    }
  }

  @Test
  void idsFromOneNodeAreUniqueAndSortInTheOrderTheyWereMade() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      made.add(ids.getNextId());
    }
    List<String> sorted = new ArrayList<>(made);
    Collections.sort(sorted);
    assertThat(sorted).isEqualTo(made);
    assertThat(new HashSet<>(made)).hasSize(made.size());
  }

  @Test
  void idsMadeOnManyThreadsAtOnceAreUnique() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> batches = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        batches.add(threads.submit(() -> {
          List<String> batch = new ArrayList<>();
          for (int i = 0; i < 20_000; i++) {
            batch.add(ids.getNextId());
          }
          return batch;
        }));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> batch : batches) {
        all.addAll(batch.get());
      }
      assertThat(all).hasSize(8 * 20_000);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void nodesWithDifferentCardsOrClockSequencesMakeDifferentIdsInTheSameTick() {
    long time = 0x1F0_1234_5678_9ABCL;
    UUID a = timeBased(time, 0x0123, 0x0000_AABB_CCDD_EEFFL);
    UUID otherNode = timeBased(time, 0x0123, 0x0000_AABB_CCDD_EF00L);
    UUID otherSequence = timeBased(time, 0x0124, 0x0000_AABB_CCDD_EEFFL);
    assertThat(Set.of(CompactIds.encode(a), CompactIds.encode(otherNode), CompactIds.encode(otherSequence)))
        .hasSize(3);
    assertThat(CompactIds.encode(timeBased(time + 1, 0, 0))).isGreaterThan(CompactIds.encode(a));
  }

  @Test
  void twoGeneratorsOnOneHostHaveDifferentRandomNodes() {
    UUID first = decode(new CompactIds().getNextId());
    UUID second = decode(new CompactIds().getNextId());
    // Not the network card's address (two nodes on one host share it): random, with the multicast bit set.
    assertThat(first.node()).isNotEqualTo(second.node());
    assertThat(first.node() & 0x0100_0000_0000L).isNotZero();
    assertThat(second.node() & 0x0100_0000_0000L).isNotZero();
  }

  @Test
  void onlyTimeBasedUuidsOfThisEraAreEncoded() {
    assertThatThrownBy(() -> CompactIds.encode(UUID.randomUUID()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 4");
    assertThatThrownBy(() -> CompactIds.encode(timeBased(CompactIds.UNIX_EPOCH_TICKS - 1, 0, 0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1970");
    assertThatThrownBy(() -> CompactIds.encode(
        timeBased(CompactIds.UNIX_EPOCH_TICKS + CompactIds.TIME_LIMIT, 0, 0)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(CompactIds.encode(timeBased(CompactIds.UNIX_EPOCH_TICKS + CompactIds.TIME_LIMIT - 1, 0x3FFF,
        0xFFFF_FFFF_FFFFL))).isEqualTo("zzzzzzzzzzz" + Long.toString((0x3FFFL << 48) | 0xFFFF_FFFF_FFFFL, 36));
  }

  /** A version-1 UUID of the given 60-bit time, 14-bit clock sequence and 48-bit node. */
  static UUID timeBased(long time, int clockSequence, long node) {
    long high = (time << 32) | ((time >>> 16) & 0xFFFF0000L) | 0x1000L | ((time >>> 48) & 0x0FFFL);
    long low = 0x8000_0000_0000_0000L | ((long) clockSequence << 48) | node;
    return new UUID(high, low);
  }

  /** The inverse of {@link CompactIds#encode}. */
  static UUID decode(String id) {
    long time = Long.parseLong(id.substring(0, CompactIds.TIME_CHARS), 36) + CompactIds.UNIX_EPOCH_TICKS;
    long sequenceAndNode = Long.parseLong(id.substring(CompactIds.TIME_CHARS), 36);
    return timeBased(time, (int) (sequenceAndNode >>> 48), sequenceAndNode & 0xFFFF_FFFF_FFFFL);
  }
}
