//! The meetings extractor (date, organizer, ordinal, chairs, participants,
//! subjects) after the stages it depends on: the whole extraction, in the
//! order `extract::extract` runs it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnkg::extract::{documents, meetings, persons, places};

fuzz_target!(|data: &[u8]| {
    vnkg_fuzz::with_doc(data, |doc| {
        places::run(doc);
        documents::find_steering_number(doc);
        persons::run(doc);
        documents::run(doc);
        meetings::run(doc);
    });
});
