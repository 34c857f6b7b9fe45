//! The dialogue seminar: its notes (reflection, one potential per note), the groups' exercise
//! (round, prioritisation, report) and the task review of the facilitator's checklist.

pub mod exercise;
pub mod task_review;
pub mod workshop;
