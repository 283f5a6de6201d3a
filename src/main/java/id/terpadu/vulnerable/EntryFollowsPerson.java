package id.terpadu.vulnerable;

import id.terpadu.person.PersonMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A registry entry lies where its person lives: when the person moves (a case handed over to another regency takes
 * the child's record along), the entry moves with them, in the same transaction, and so leaves the old unit's lists
 * and exports and enters the new unit's.
 */
@Component
class EntryFollowsPerson {

  private final VulnerableEntryRepository entries;

  EntryFollowsPerson(VulnerableEntryRepository entries) {
    this.entries = entries;
  }

  @EventListener
  void moved(PersonMoved event) {
    entries.findByPersonId(event.personId()).ifPresent(VulnerableEntry::followPerson);
  }
}
