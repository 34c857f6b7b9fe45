//! The group exercise of a dialogue seminar (seed 000, "Gruppeoppgave"): members and their
//! timekeeper, the round of turns, grouping similar notes, dot voting, and the one joint
//! prioritisation the group agrees on and reports.

use crate::model::a3::benefit::BenefitKind;
use crate::model::entity::{impl_entity, Id, Timestamp};
use crate::model::seminar::workshop::{DayMonth, Note};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// One member of a group: a name, and a birthday as day and month if they gave one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Member {
    pub id: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birthday: Option<DayMonth>,
    /// Fields this build does not know, kept as they were; also where merge stamps live.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// Similar notes merged under one heading; the group votes on the heading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cluster {
    pub id: Id,
    #[serde(default)]
    pub title: String,
    /// The notes under the heading, in the order they were added.
    #[serde(default)]
    pub notes: Vec<Id>,
    /// Fields this build does not know, kept as they were; also where merge stamps live.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

/// Dots one member gave one item (a note or a cluster).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Vote {
    pub member: Id,
    pub item: Id,
    pub dots: u32,
}

/// One group in a seminar, and everything it decides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Group {
    pub id: Id,
    pub updated: Timestamp,
    pub created: Timestamp,
    pub seminar: Id,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub members: Vec<Member>,
    /// The timekeeper the group picked by hand; when `None`, the birthday rule decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timekeeper: Option<Id>,
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    #[serde(default)]
    pub votes: Vec<Vote>,
    /// The joint prioritisation: item ids (notes or clusters), most important first.
    #[serde(default)]
    pub priority: Vec<Id>,
    /// When the group marked the prioritisation as agreed; any change to it clears this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Timestamp>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten, deserialize_with = "crate::model::merge::checked_extra")]
    pub extra: Map<String, Value>,
}

impl_entity!(Group);

/// Who keeps time, by the birthday rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimekeeperChoice {
    /// Nobody gave a birthday: the group picks by hand.
    Nobody,
    /// One member is nearest.
    One(Id),
    /// Several are equally near (in member order): the group picks among them.
    Tie(Vec<Id>),
}

/// The member whose birthday is nearest `reference` around the year; members without a
/// birthday take no part.
pub fn choose_timekeeper(members: &[Member], reference: DayMonth) -> TimekeeperChoice {
    let with_distance: Vec<(Id, u16)> = members
        .iter()
        .filter_map(|m| m.birthday.map(|b| (m.id, b.distance(reference))))
        .collect();
    let Some(nearest) = with_distance.iter().map(|(_, d)| *d).min() else {
        return TimekeeperChoice::Nobody;
    };
    let mut nearest: Vec<Id> = with_distance
        .into_iter()
        .filter(|(_, d)| *d == nearest)
        .map(|(id, _)| id)
        .collect();
    if nearest.len() == 1 {
        TimekeeperChoice::One(nearest.remove(0))
    } else {
        TimekeeperChoice::Tie(nearest)
    }
}

/// Something the group can vote on and prioritise: a note on its own, or a cluster.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: Id,
    /// The note's potential, or the cluster's heading.
    pub title: String,
    /// The benefits written on the item's notes, in order, blanks left out.
    pub benefits: Vec<String>,
    /// Benefit kinds named on its notes, each once, in [`BenefitKind`] order.
    pub kinds: Vec<BenefitKind>,
    /// The notes it stands for (one for a single note).
    pub notes: Vec<Id>,
    pub is_cluster: bool,
}

/// One line of a ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub item: Id,
    pub dots: u32,
    /// Standard competition rank: equal dots share a rank, the next rank skips ("1, 1, 3").
    pub rank: usize,
}

impl Group {
    pub fn new(id: Id, seminar: Id, name: &str, now: Timestamp) -> Self {
        Group {
            id,
            updated: now,
            created: now,
            seminar,
            name: name.trim().to_owned(),
            members: Vec::new(),
            timekeeper: None,
            clusters: Vec::new(),
            votes: Vec::new(),
            priority: Vec::new(),
            agreed: None,
            deleted: None,
            extra: Map::new(),
        }
    }

    pub fn member(&self, id: &Id) -> Option<&Member> {
        self.members.iter().find(|m| &m.id == id)
    }

    /// The timekeeper: picked by hand if the group did (and the member is still here),
    /// otherwise the birthday rule's single choice.
    pub fn effective_timekeeper(&self, reference: DayMonth) -> Option<Id> {
        match self.timekeeper {
            Some(id) if self.member(&id).is_some() => Some(id),
            _ => match choose_timekeeper(&self.members, reference) {
                TimekeeperChoice::One(id) => Some(id),
                _ => None,
            },
        }
    }

    /// Members in speaking order for the round: the timekeeper first, then the rest in the
    /// order they were entered.
    pub fn turn_order(&self, reference: DayMonth) -> Vec<Id> {
        let first = self.effective_timekeeper(reference);
        first
            .into_iter()
            .chain(
                self.members
                    .iter()
                    .map(|m| m.id)
                    .filter(|id| Some(*id) != first),
            )
            .collect()
    }

    /// Removes a member, their votes and a hand-picked timekeeper role. Their notes stay
    /// with the group (the caller decides about them).
    pub fn remove_member(&mut self, member: &Id) {
        self.members.retain(|m| &m.id != member);
        self.votes.retain(|v| &v.member != member);
        if self.timekeeper.as_ref() == Some(member) {
            self.timekeeper = None;
        }
    }

    /// The items to vote on, from the group's (non-deleted) notes: clusters first in their
    /// order, then the notes in no cluster, in the order given.
    pub fn items(&self, notes: &[&Note]) -> Vec<Item> {
        let by_id: HashMap<Id, &Note> = notes.iter().map(|n| (n.id, *n)).collect();
        let mut items: Vec<Item> = self
            .clusters
            .iter()
            .map(|cluster| {
                let members: Vec<&Note> = cluster
                    .notes
                    .iter()
                    .filter_map(|id| by_id.get(id).copied())
                    .collect();
                let mut item = item_of(&members);
                item.id = cluster.id;
                item.title = cluster.title.clone();
                item.is_cluster = true;
                item
            })
            .filter(|item| !item.notes.is_empty())
            .collect();
        let clustered: Vec<Id> = self.clusters.iter().flat_map(|c| c.notes.clone()).collect();
        items.extend(
            notes
                .iter()
                .filter(|n| !clustered.contains(&n.id))
                .map(|n| item_of(&[n])),
        );
        items
    }

    /// Puts item `from` (a note or a cluster) together with item `into`. Into a cluster, the
    /// notes join it; into a single note, a new cluster `new_cluster` is made with the note's
    /// potential as heading. Votes follow the notes into the cluster, and the priority keeps
    /// the merged item where the first of the two stood. No-op for the same item twice.
    pub fn merge_items(&mut self, from: &Item, into: &Item, new_cluster: Id) {
        if from.id == into.id {
            return;
        }
        let target = if into.is_cluster {
            into.id
        } else {
            self.clusters.push(Cluster {
                extra: Default::default(),
                id: new_cluster,
                title: into.title.clone(),
                notes: into.notes.clone(),
            });
            new_cluster
        };
        if from.is_cluster {
            self.clusters.retain(|c| c.id != from.id);
        }
        if let Some(cluster) = self.clusters.iter_mut().find(|c| c.id == target) {
            for note in &from.notes {
                if !cluster.notes.contains(note) {
                    cluster.notes.push(*note);
                }
            }
        }
        self.move_references(&[from.id, into.id], target);
    }

    /// Dissolves a cluster into its notes; the cluster's dots go back to the members and
    /// it leaves the priority.
    pub fn split_cluster(&mut self, cluster: &Id) {
        self.clusters.retain(|c| &c.id != cluster);
        self.votes.retain(|v| &v.item != cluster);
        self.set_priority(
            self.priority
                .iter()
                .copied()
                .filter(|id| id != cluster)
                .collect(),
        );
    }

    /// Points votes and priority entries for any of `old` at `new` (summing a member's dots,
    /// keeping the first priority place).
    fn move_references(&mut self, old: &[Id], new: Id) {
        let mut moved: Vec<Vote> = Vec::new();
        for vote in std::mem::take(&mut self.votes) {
            let item = if old.contains(&vote.item) {
                new
            } else {
                vote.item
            };
            match moved
                .iter_mut()
                .find(|v| v.member == vote.member && v.item == item)
            {
                Some(existing) => existing.dots += vote.dots,
                None => moved.push(Vote { item, ..vote }),
            }
        }
        self.votes = moved;
        let mut priority = Vec::with_capacity(self.priority.len());
        for id in &self.priority {
            let id = if old.contains(id) { new } else { *id };
            if !priority.contains(&id) {
                priority.push(id);
            }
        }
        if priority != self.priority {
            self.set_priority(priority);
        }
    }

    /// Dots `member` has given in all.
    pub fn dots_used(&self, member: &Id) -> u32 {
        self.votes
            .iter()
            .filter(|v| &v.member == member)
            .map(|v| v.dots)
            .sum()
    }

    /// Dots `member` gave `item`.
    pub fn dots_on(&self, member: &Id, item: &Id) -> u32 {
        self.votes
            .iter()
            .find(|v| &v.member == member && &v.item == item)
            .map_or(0, |v| v.dots)
    }

    /// Gives one more dot; `false` (and no change) when the member has none left or is not
    /// in the group.
    pub fn add_dot(&mut self, member: &Id, item: &Id, per_member: u32) -> bool {
        if self.member(member).is_none() || self.dots_used(member) >= per_member {
            return false;
        }
        match self
            .votes
            .iter_mut()
            .find(|v| &v.member == member && &v.item == item)
        {
            Some(vote) => vote.dots += 1,
            None => self.votes.push(Vote {
                member: *member,
                item: *item,
                dots: 1,
            }),
        }
        true
    }

    /// Takes one dot back; `false` when there was none.
    pub fn remove_dot(&mut self, member: &Id, item: &Id) -> bool {
        let Some(index) = self
            .votes
            .iter()
            .position(|v| &v.member == member && &v.item == item)
        else {
            return false;
        };
        self.votes[index].dots -= 1;
        if self.votes[index].dots == 0 {
            self.votes.remove(index);
        }
        true
    }

    /// The items by dots, most first; equal dots keep the items' order and share a rank.
    /// Votes by members no longer in the group, or for items that are gone, do not count.
    pub fn ranking(&self, items: &[Item]) -> Vec<Ranked> {
        let mut ranked: Vec<Ranked> = items
            .iter()
            .map(|item| Ranked {
                item: item.id,
                dots: self
                    .votes
                    .iter()
                    .filter(|v| v.item == item.id && self.member(&v.member).is_some())
                    .map(|v| v.dots)
                    .sum(),
                rank: 0,
            })
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.dots));
        competition_ranks(&mut ranked, |r| r.dots, |r, rank| r.rank = rank);
        ranked
    }

    /// Sets the joint prioritisation; a changed list is no longer agreed.
    pub fn set_priority(&mut self, priority: Vec<Id>) {
        if priority != self.priority {
            self.priority = priority;
            self.agreed = None;
        }
    }

    /// Adds an item at the end of the joint prioritisation; `false` if it is there already.
    pub fn add_to_priority(&mut self, item: Id) -> bool {
        if self.priority.contains(&item) {
            return false;
        }
        let mut priority = self.priority.clone();
        priority.push(item);
        self.set_priority(priority);
        true
    }

    /// Takes an item out of the joint prioritisation; `false` if it is not in it.
    pub fn remove_from_priority(&mut self, item: &Id) -> bool {
        if !self.priority.contains(item) {
            return false;
        }
        let rest = self
            .priority
            .iter()
            .copied()
            .filter(|p| p != item)
            .collect();
        self.set_priority(rest);
        true
    }

    /// Marks the joint prioritisation as agreed, now.
    pub fn agree(&mut self, now: Timestamp) {
        self.agreed = Some(now);
    }

    /// Renames a cluster; `false` if there is no such cluster or the name is the same.
    pub fn set_cluster_title(&mut self, cluster: &Id, title: String) -> bool {
        match self.clusters.iter_mut().find(|c| &c.id == cluster) {
            Some(c) if c.title != title => {
                c.title = title;
                true
            }
            _ => false,
        }
    }

    /// A first proposal from the vote: every item that got dots, in ranking order.
    pub fn propose_from_votes(&mut self, items: &[Item]) {
        let proposal = self
            .ranking(items)
            .into_iter()
            .filter(|r| r.dots > 0)
            .map(|r| r.item)
            .collect();
        self.set_priority(proposal);
    }

    /// Moves a prioritised item one place up (`-1`) or down (`+1`); `false` at either end.
    pub fn move_priority(&mut self, item: &Id, step: isize) -> bool {
        let Some(from) = self.priority.iter().position(|id| id == item) else {
            return false;
        };
        let Some(to) = from
            .checked_add_signed(step)
            .filter(|&to| to < self.priority.len())
        else {
            return false;
        };
        let mut priority = self.priority.clone();
        priority.swap(from, to);
        self.set_priority(priority);
        true
    }

    /// The prioritised items that still exist, in order.
    pub fn priority_items<'a>(&self, items: &'a [Item]) -> Vec<&'a Item> {
        self.priority
            .iter()
            .filter_map(|id| items.iter().find(|item| &item.id == id))
            .collect()
    }
}

fn item_of(notes: &[&Note]) -> Item {
    let mut kinds: Vec<BenefitKind> = notes.iter().filter_map(|n| n.benefit_kind).collect();
    kinds.sort_by_key(|k| BenefitKind::ALL.iter().position(|x| x == k));
    kinds.dedup();
    Item {
        id: notes.first().map_or_else(Id::default, |n| n.id),
        title: notes
            .first()
            .map_or_else(String::new, |n| n.potential.trim().to_owned()),
        benefits: notes
            .iter()
            .map(|n| n.benefit.trim().to_owned())
            .filter(|b| !b.is_empty())
            .collect(),
        kinds,
        notes: notes.iter().map(|n| n.id).collect(),
        is_cluster: false,
    }
}

/// A countdown that stays right when the phone sleeps: it keeps when it was started and how
/// much ran before, never counts ticks. It is saved on the device as it changes, so a reload
/// or a discarded tab continues where it was ([`Countdown::restored`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Countdown {
    pub total_ms: i64,
    /// When the running stretch began, if running.
    #[serde(default)]
    started: Option<Timestamp>,
    /// Time run before the current stretch.
    #[serde(default)]
    spent_ms: i64,
}

impl Countdown {
    pub fn new(total_ms: i64) -> Self {
        Countdown {
            total_ms,
            started: None,
            spent_ms: 0,
        }
    }

    pub fn minutes(minutes: u32) -> Self {
        Countdown::new(i64::from(minutes) * 60_000)
    }

    pub fn is_running(&self) -> bool {
        self.started.is_some()
    }

    /// Time left at `now`, never below zero. A clock that went backwards counts as no time.
    pub fn remaining_ms(&self, now: Timestamp) -> i64 {
        let running = self.started.map_or(0, |start| (now.0 - start.0).max(0));
        (self.total_ms - self.spent_ms - running).max(0)
    }

    pub fn is_finished(&self, now: Timestamp) -> bool {
        self.remaining_ms(now) == 0
    }

    /// Whether it has been started or has run at all since the last reset.
    pub fn has_started(&self) -> bool {
        self.started.is_some() || self.spent_ms > 0
    }

    pub fn start(&mut self, now: Timestamp) {
        if self.started.is_none() && !self.is_finished(now) {
            self.started = Some(now);
        }
    }

    pub fn pause(&mut self, now: Timestamp) {
        if let Some(start) = self.started.take() {
            self.spent_ms = (self.spent_ms + (now.0 - start.0).max(0)).min(self.total_ms);
        }
    }

    pub fn reset(&mut self) {
        self.started = None;
        self.spent_ms = 0;
    }

    /// Whether a running countdown should be re-anchored at `now` ([`Countdown::checkpoint`]):
    /// every `every_ms` while it runs, and at once when the clock went back past its start.
    pub fn needs_checkpoint(&self, now: Timestamp, every_ms: i64) -> bool {
        self.started
            .is_some_and(|start| now < start || now.0 - start.0 >= every_ms)
    }

    /// The same countdown with the running stretch so far counted as spent and a new stretch
    /// starting at `now`: what it shows does not change, but what is saved now holds the time
    /// that ran, so a clock set back later loses at most the time since the last checkpoint. A
    /// clock already set back (`now` before the start) re-anchors at `now`, so the countdown
    /// runs on instead of freezing until the clock catches up.
    pub fn checkpoint(&mut self, now: Timestamp) {
        if let Some(start) = self.started {
            let ran = (now.0 - start.0).max(0);
            self.spent_ms = (self.spent_ms + ran).min(self.total_ms);
            self.started = Some(now);
        }
    }

    /// The countdown as saved, read back at `now`: a running one keeps running from when it
    /// was started (the time the phone slept or the tab was gone counts), and one whose start
    /// lies after `now` (the clock was set back) runs on from `now` with the time it had, so
    /// it neither freezes until the clock catches up nor jumps. Values no real countdown has
    /// are brought into range.
    pub fn restored(mut self, now: Timestamp) -> Countdown {
        self.total_ms = self.total_ms.clamp(0, 24 * 60 * 60 * 1000);
        self.spent_ms = self.spent_ms.clamp(0, self.total_ms);
        if self.started.is_some_and(|start| start > now) {
            self.started = Some(now);
        }
        self
    }
}

/// Where the group's round stands: whose turn (an index into the turn order; the order's
/// length means the round is over) and that turn's countdown. Saved on the group's device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundState {
    pub turn: usize,
    pub countdown: Countdown,
}

/// `m:ss` for a time left, rounded up to the whole second (so "0:00" means done).
pub fn format_clock(ms: i64) -> String {
    let seconds = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Gives a list sorted best first its standard competition ranks ("1, 1, 3"): an item scoring
/// the same as the one before it shares its rank, the next one takes its place in the list.
/// The dot vote of a group and the facilitator's combined ranking both rank this way.
pub fn competition_ranks<T, K: PartialEq>(
    sorted: &mut [T],
    score: impl Fn(&T) -> K,
    mut set_rank: impl FnMut(&mut T, usize),
) {
    let mut previous: Option<(K, usize)> = None;
    for (index, item) in sorted.iter_mut().enumerate() {
        let key = score(item);
        let rank = match previous {
            Some((ref before, rank)) if *before == key => rank,
            _ => index + 1,
        };
        set_rank(item, rank);
        previous = Some((key, rank));
    }
}
