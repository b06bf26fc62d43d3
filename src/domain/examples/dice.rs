//! The examples' random numbers: a small deterministic generator (xorshift64*), so an
//! example is the same on every device and in every run.

/// A fixed sequence of pseudo-random numbers from a seed.
pub(super) struct Dice(u64);

impl Dice {
    /// The sequence of `seed` (a zero seed, which xorshift cannot leave, is replaced).
    pub(super) fn new(seed: u64) -> Self {
        Self(if seed == 0 {
            0x9e37_79b9_7f4a_7c15
        } else {
            seed
        })
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0..n` (0 for n = 0).
    pub(super) fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 11).checked_rem(n).unwrap_or(0)
    }

    /// True with probability `per_mille` / 1000.
    pub(super) fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_rolls_within_range() {
        let rolls = |seed| {
            let mut dice = Dice::new(seed);
            (0..1000).map(|_| dice.below(6)).collect::<Vec<_>>()
        };
        assert_eq!(rolls(7), rolls(7));
        assert_ne!(rolls(7), rolls(8));
        assert!(rolls(7).iter().all(|&r| r < 6));
        // Every face comes up, and a zero seed still rolls.
        assert!((0..6).all(|face| rolls(7).contains(&face)));
        assert!((0..6).all(|face| rolls(0).contains(&face)));
        assert_eq!(Dice::new(1).below(0), 0);
    }

    #[test]
    fn chance_follows_the_odds() {
        let mut dice = Dice::new(42);
        let hits = (0..10_000).filter(|_| dice.chance(250)).count();
        assert!((2_300..2_700).contains(&hits), "{hits}");
        assert!(!(0..100).any(|_| dice.chance(0)));
        assert!((0..100).all(|_| dice.chance(1000)));
    }
}
