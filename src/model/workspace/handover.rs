//! Hand-overs in the room: a participant's notes travel to the group's device with the
//! participant's name and a stable id, so the group device makes (or finds) the member by
//! itself; and what a received package holds, for the preview that comes before any change.

use crate::model::entity::{Id, Timestamp};
use crate::model::seminar::exercise::{Group, Member};
use crate::model::seminar::workshop::Seminar;
use crate::model::workspace::Workspace;
use serde::{Deserialize, Serialize};

/// Who a participant is on their own device: a name they typed once and an id made once.
/// The id becomes their member id in a group, so the same person twice is one member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Participant {
    pub id: Id,
    #[serde(default)]
    pub name: String,
}

impl Participant {
    /// A participant with a trimmed name.
    pub fn new(id: Id, name: &str) -> Self {
        Participant {
            id,
            name: name.trim().to_owned(),
        }
    }

    /// The same person with a new name: the id stays, so the group device renames the member
    /// instead of adding one.
    pub fn renamed(&self, name: &str) -> Self {
        Participant::new(self.id, name)
    }
}

/// What one received hand-over of notes did on the group's device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoverReport {
    /// The participant's name as received.
    pub name: String,
    /// Whether the member was made now (`false`: they were in the group already).
    pub new_member: bool,
    pub added: usize,
    pub updated: usize,
}

/// Why a package could not be taken as a participant's notes for a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandoverError {
    /// The package does not say whose notes they are (written by an older build): the group
    /// chooses the member by hand.
    NoParticipant,
    /// The notes were written in another seminar than the group's.
    OtherSeminar,
    /// There is no such group here.
    NoGroup,
}

impl Workspace {
    /// A participant's notes to hand to the group: the seminar, their own notes (and the
    /// tombstones of notes they deleted, so a newer hand-over removes them from the group
    /// too), and who they are.
    pub fn handover_package(&self, seminar: &Id, participant: Option<&Participant>) -> Workspace {
        let notes = self
            .notes
            .iter()
            .filter(|n| n.seminar.as_ref() == Some(seminar) && n.group.is_none())
            .cloned()
            .map(|mut note| {
                crate::model::merge::clear(&mut note.extra);
                note
            })
            .collect();
        let mut package = Workspace {
            notes,
            participant: participant.cloned(),
            ..self.seminar_package(seminar)
        };
        // Without merge history, so the hand-over stays one QR code: the group device takes
        // the notes by the version-1 rule (every field stamped with the note's `updated`),
        // which orders a participant's later hand-over after an earlier one.
        for s in &mut package.seminars {
            crate::model::merge::clear(&mut s.extra);
        }
        package
    }

    /// Takes a participant's hand-over on a device that may not have the seminar yet (a
    /// scanned link): the seminar setup the package carries is taken first (an older setup
    /// here is updated), then the notes go to `group`, or, if `group` is `None`, to a new group
    /// with id `new_group` named `new_group_name(n)`, `n` being the seminar's groups here plus
    /// one. Returns the group. Nothing changes on an error.
    pub fn receive_handover(
        &mut self,
        group: Option<Id>,
        incoming: Workspace,
        new_group: Id,
        new_group_name: impl FnOnce(usize) -> String,
        now: Timestamp,
    ) -> Result<Id, HandoverError> {
        let mut w = self.clone();
        w.import(Workspace {
            seminars: incoming.seminars.clone(),
            ..Workspace::default()
        });
        let group = match group {
            Some(group) => group,
            None => {
                // The package's seminar (see [`Contents::of`]); without one there is no
                // group to make.
                let seminar = incoming
                    .seminars
                    .first()
                    .map(|s| s.id)
                    .ok_or(HandoverError::NoGroup)?;
                let name = new_group_name(w.seminar_groups(&seminar).len() + 1);
                w.add(Group::new(new_group, seminar, &name, now));
                new_group
            }
        };
        w.receive_notes(&group, incoming, now)?;
        *self = w;
        Ok(group)
    }

    /// Takes a participant's hand-over into `group`: the member with the participant's id is
    /// found or made (no birthday: that stays optional), renamed if they changed their name,
    /// and their notes are brought in as that member's (see [`Workspace::import_member_notes`]).
    /// The same hand-over twice changes nothing; a newer one updates the notes, and a note
    /// deleted on the phone since is deleted here too. Nothing changes on an error.
    pub fn receive_notes(
        &mut self,
        group: &Id,
        incoming: Workspace,
        now: Timestamp,
    ) -> Result<HandoverReport, HandoverError> {
        let seminar = self.group(group).ok_or(HandoverError::NoGroup)?.seminar;
        let participant = incoming
            .participant
            .clone()
            .filter(|p| !p.name.is_empty())
            .ok_or(HandoverError::NoParticipant)?;
        let from_other_seminar = incoming
            .notes
            .iter()
            .any(|n| n.seminar.is_some_and(|s| s != seminar))
            || incoming.seminars.iter().any(|s| s.id != seminar);
        if from_other_seminar {
            return Err(HandoverError::OtherSeminar);
        }
        let mut new_member = false;
        let known = self
            .group(group)
            .and_then(|g| g.member(&participant.id))
            .map(|m| m.name.clone());
        match known {
            None => {
                new_member = true;
                self.edit_group(group, now, |g| {
                    g.members.push(Member {
                        extra: Default::default(),
                        id: participant.id,
                        name: participant.name.clone(),
                        birthday: None,
                    })
                });
            }
            Some(name) if name != participant.name => {
                self.edit_group(group, now, |g| {
                    if let Some(m) = g.members.iter_mut().find(|m| m.id == participant.id) {
                        m.name = participant.name.clone();
                    }
                });
            }
            Some(_) => {}
        }
        // Deletions first: a note the participant deleted after an earlier hand-over.
        let mut updated = 0;
        for gone in incoming.notes.iter().filter(|n| n.deleted.is_some()) {
            if let Some(mine) = self.notes.iter_mut().find(|n| {
                n.id == gone.id && n.group == Some(*group) && n.member == Some(participant.id)
            }) {
                if mine.deleted.is_none() && gone.updated > mine.updated {
                    mine.deleted = gone.deleted;
                    mine.updated = gone.updated;
                    updated += 1;
                }
            }
        }
        let (added, changed) = self.import_member_notes(group, &participant.id, incoming);
        Ok(HandoverReport {
            name: participant.name,
            new_member,
            added,
            updated: updated + changed,
        })
    }
}

/// What a received package (a link, a scanned code, a file) is, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub enum Contents {
    /// A seminar's setup and nothing else: the participant joins it.
    Seminar(Seminar),
    /// A participant's notes (`from` is `None` for packages from older builds).
    Notes {
        from: Option<Participant>,
        seminar: Option<Id>,
        /// Notes that are not deleted.
        notes: usize,
    },
    /// One or more groups' answers for the facilitator: each group's name and how many ideas
    /// its joint prioritisation holds.
    Answers(Vec<(String, usize)>),
    /// Anything else (an A3 sheet, a backup): described by counts.
    Other,
}

impl Contents {
    pub fn of(incoming: &Workspace) -> Contents {
        let nothing_else = incoming.a3_sheets.is_empty()
            && incoming.programmes.is_empty()
            && incoming.task_reviews.is_empty();
        if !incoming.groups.is_empty() && nothing_else {
            return Contents::Answers(
                incoming
                    .groups
                    .iter()
                    .map(|g| (g.name.clone(), g.priority.len()))
                    .collect(),
            );
        }
        let loose_notes: Vec<_> = incoming
            .notes
            .iter()
            .filter(|n| n.group.is_none())
            .collect();
        if incoming.groups.is_empty() && nothing_else && incoming.seminars.len() <= 1 {
            if !loose_notes.is_empty() || incoming.participant.is_some() {
                return Contents::Notes {
                    from: incoming.participant.clone(),
                    seminar: incoming.seminars.first().map(|s| s.id),
                    notes: loose_notes.iter().filter(|n| n.deleted.is_none()).count(),
                };
            }
            if let [seminar] = incoming.seminars.as_slice() {
                if incoming.notes.is_empty() && incoming.syntheses.is_empty() {
                    return Contents::Seminar(seminar.clone());
                }
            }
        }
        Contents::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::seminar::workshop::Note;

    fn room() -> (Workspace, Id, Id) {
        let mut w = Workspace::default();
        let seminar = Seminar::new(Id::new_random(), "Dialogseminar", Timestamp(1));
        let id = seminar.id;
        w.add_seminar(seminar);
        let group = Group::new(Id::new_random(), id, "Gruppe 1", Timestamp(1));
        let gid = group.id;
        w.groups.push(group);
        (w, id, gid)
    }

    fn phone(seminar: &Seminar, kari: &Participant, texts: &[&str], at: i64) -> Workspace {
        let mut w = Workspace::default();
        w.add_seminar(seminar.clone());
        for (i, text) in texts.iter().enumerate() {
            let mut note = Note::new(
                Id::derived(kari.id, &[&i.to_string()]),
                Some(seminar.id),
                Timestamp(at),
            );
            note.potential = (*text).to_owned();
            w.notes.push(note);
        }
        w
    }

    #[test]
    fn a_handover_on_a_device_without_the_seminar_brings_it_and_makes_the_group() {
        let (facilitator, seminar, _) = room();
        let setup = facilitator.seminar(&seminar).unwrap().clone();
        let kari = Participant::new(Id::new_random(), "Kari");
        let package =
            phone(&setup, &kari, &["Felles turnus"], 10).handover_package(&seminar, Some(&kari));

        // An empty device: the seminar arrives, a group "Gruppe 1" is made, Kari is its member.
        let mut device = Workspace::default();
        let new_group = Id::new_random();
        let group = device
            .receive_handover(
                None,
                package.clone(),
                new_group,
                |n| format!("Gruppe {n}"),
                Timestamp(20),
            )
            .unwrap();
        assert_eq!(group, new_group);
        assert_eq!(
            device.seminar(&seminar).map(|s| s.title.as_str()),
            Some("Dialogseminar")
        );
        let made = device.group(&group).unwrap();
        assert_eq!((made.name.as_str(), made.seminar), ("Gruppe 1", seminar));
        assert_eq!(
            made.members.iter().map(|m| m.id).collect::<Vec<_>>(),
            [kari.id]
        );
        assert_eq!(device.group_notes(&group).len(), 1);

        // Another hand-over with no group chosen: a second group, named after the count.
        let group_two = device
            .receive_handover(
                None,
                package.clone(),
                Id::new_random(),
                |n| format!("Gruppe {n}"),
                Timestamp(30),
            )
            .unwrap();
        assert_eq!(device.group(&group_two).unwrap().name, "Gruppe 2");

        // Into a chosen group: no group is made.
        let groups = device.groups.len();
        assert_eq!(
            device.receive_handover(
                Some(group),
                package,
                Id::new_random(),
                |_| unreachable!(),
                Timestamp(40)
            ),
            Ok(group)
        );
        assert_eq!(device.groups.len(), groups);
    }

    #[test]
    fn a_refused_handover_changes_nothing_not_even_the_seminar() {
        let (facilitator, seminar, _) = room();
        let setup = facilitator.seminar(&seminar).unwrap().clone();
        let kari = Participant::new(Id::new_random(), "Kari");
        // Written by an older build: no participant in the package.
        let anonymous =
            phone(&setup, &kari, &["Felles turnus"], 10).handover_package(&seminar, None);
        let mut device = Workspace::default();
        let result = device.receive_handover(
            None,
            anonymous,
            Id::new_random(),
            |n| format!("Gruppe {n}"),
            Timestamp(20),
        );
        assert_eq!(result, Err(HandoverError::NoParticipant));
        assert_eq!(device, Workspace::default());
        // A package without a seminar: no group to make.
        let mut empty = Workspace::default();
        assert_eq!(
            empty.receive_handover(
                None,
                Workspace::default(),
                Id::new_random(),
                |n| format!("{n}"),
                Timestamp(20)
            ),
            Err(HandoverError::NoGroup)
        );
        assert_eq!(empty, Workspace::default());
    }

    #[test]
    fn a_handover_makes_the_member_once_and_a_newer_one_updates_the_notes() {
        let (mut group_device, seminar, group) = room();
        let setup = group_device.seminar(&seminar).unwrap().clone();
        let kari = Participant::new(Id::new_random(), "  Kari ");
        let mut kari_phone = phone(&setup, &kari, &["Felles turnus", "Digitalt tilsyn"], 10);

        let first = group_device
            .receive_notes(
                &group,
                kari_phone.handover_package(&seminar, Some(&kari)),
                Timestamp(20),
            )
            .unwrap();
        assert_eq!(
            first,
            HandoverReport {
                name: "Kari".into(),
                new_member: true,
                added: 2,
                updated: 0
            }
        );
        let g = group_device.group(&group).unwrap();
        assert_eq!(g.members.len(), 1);
        assert_eq!(
            g.members[0].id, kari.id,
            "the member id is the participant id"
        );
        assert_eq!(g.members[0].birthday, None);
        assert_eq!(group_device.group_notes(&group).len(), 2);

        // The same hand-over again: nothing changes.
        let before = group_device.clone();
        let again = group_device
            .receive_notes(
                &group,
                kari_phone.handover_package(&seminar, Some(&kari)),
                Timestamp(30),
            )
            .unwrap();
        assert_eq!(
            (again.new_member, again.added, again.updated),
            (false, 0, 0)
        );
        assert_eq!(group_device, before);

        // Kari edits one note, deletes the other, adds a third and renames herself.
        let ids: Vec<Id> = kari_phone.notes.iter().map(|n| n.id).collect();
        kari_phone.edit_note(&ids[0], Timestamp(40), |n| {
            n.potential = "Felles turnus på tvers".into()
        });
        kari_phone.set_note_deleted(&ids[1], true, Timestamp(41));
        let mut third = Note::new(Id::new_random(), Some(seminar), Timestamp(42));
        third.potential = "Kortere morgenmøte".into();
        kari_phone.notes.push(third);
        let kari_b = kari.renamed("Kari B.");
        let newer = group_device
            .receive_notes(
                &group,
                kari_phone.handover_package(&seminar, Some(&kari_b)),
                Timestamp(50),
            )
            .unwrap();
        assert_eq!(
            (newer.new_member, newer.added, newer.updated),
            (false, 1, 2)
        );
        let g = group_device.group(&group).unwrap();
        assert_eq!(g.members.len(), 1, "still one member");
        assert_eq!(g.members[0].name, "Kari B.");
        let texts: Vec<&str> = group_device
            .group_notes(&group)
            .iter()
            .map(|n| n.potential.as_str())
            .collect();
        assert_eq!(texts, ["Felles turnus på tvers", "Kortere morgenmøte"]);
    }

    #[test]
    fn two_participants_with_the_same_name_are_two_members() {
        let (mut w, seminar, group) = room();
        let setup = w.seminar(&seminar).unwrap().clone();
        for _ in 0..2 {
            let ola = Participant::new(Id::new_random(), "Ola");
            let package = phone(&setup, &ola, &["Idé"], 5).handover_package(&seminar, Some(&ola));
            w.receive_notes(&group, package, Timestamp(9)).unwrap();
        }
        let names: Vec<&str> = w
            .group(&group)
            .unwrap()
            .members
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["Ola", "Ola"]);
    }

    #[test]
    fn a_handover_without_a_name_or_from_another_seminar_changes_nothing() {
        let (mut w, seminar, group) = room();
        let setup = w.seminar(&seminar).unwrap().clone();
        let kari = Participant::new(Id::new_random(), "Kari");
        let before = w.clone();
        let old_build = phone(&setup, &kari, &["Idé"], 5).handover_package(&seminar, None);
        assert_eq!(
            w.receive_notes(&group, old_build, Timestamp(9)),
            Err(HandoverError::NoParticipant)
        );
        let nameless = Participant::new(kari.id, "   ");
        let package = phone(&setup, &kari, &["Idé"], 5).handover_package(&seminar, Some(&nameless));
        assert_eq!(
            w.receive_notes(&group, package, Timestamp(9)),
            Err(HandoverError::NoParticipant)
        );
        let other = Seminar::new(Id::new_random(), "Et annet", Timestamp(1));
        let package = phone(&other, &kari, &["Idé"], 5).handover_package(&other.id, Some(&kari));
        assert_eq!(
            w.receive_notes(&group, package.clone(), Timestamp(9)),
            Err(HandoverError::OtherSeminar)
        );
        assert_eq!(
            w.receive_notes(&Id::new_random(), package, Timestamp(9)),
            Err(HandoverError::NoGroup)
        );
        assert_eq!(w, before);
    }

    #[test]
    fn contents_say_what_a_package_holds() {
        let (w, seminar, group) = room();
        let setup = w.seminar(&seminar).unwrap().clone();
        assert_eq!(
            Contents::of(&w.seminar_package(&seminar)),
            Contents::Seminar(setup.clone())
        );
        let kari = Participant::new(Id::new_random(), "Kari");
        let mut kari_phone = phone(&setup, &kari, &["a", "b", "c"], 5);
        let first = kari_phone.notes[0].id;
        kari_phone.set_note_deleted(&first, true, Timestamp(6));
        assert_eq!(
            Contents::of(&kari_phone.handover_package(&seminar, Some(&kari))),
            Contents::Notes {
                from: Some(kari.clone()),
                seminar: Some(seminar),
                notes: 2
            }
        );
        let mut answer = w.group_package(&group);
        answer.groups[0].priority = vec![Id::new_random()];
        assert_eq!(
            Contents::of(&answer),
            Contents::Answers(vec![("Gruppe 1".into(), 1)])
        );
        let mut backup = w.clone();
        backup.add_a3(crate::model::A3Sheet::new(
            Id::new_random(),
            "Ark",
            Timestamp(1),
        ));
        assert_eq!(Contents::of(&backup), Contents::Other);
    }

    #[test]
    fn the_participant_travels_in_the_file_and_is_never_stored_by_an_import() {
        let (mut w, seminar, _) = room();
        let kari = Participant::new(Id::new_random(), "Kari");
        let package = w.handover_package(&seminar, Some(&kari));
        let text = crate::model::encode_workspace(&package);
        assert!(text.contains("\"participant\":{"), "{text}");
        let decoded = crate::model::decode_workspace(&text).unwrap();
        assert_eq!(decoded.participant, Some(kari));
        w.import(decoded);
        assert_eq!(w.participant, None);
        assert!(!crate::model::encode_workspace(&w).contains("participant"));
    }
}
