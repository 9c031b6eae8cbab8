/**
 * The English wording every adapter shares. Keys are stable identifiers; the Chinese side
 * (messages-zh.ts) must have exactly the same keys and placeholders (checked by the compiler and a test).
 * Platform-specific wording (Slack modals, Discord command descriptions, terminal help) stays in its adapter.
 */
export const en = {
  // Engine rejections: one per code of AnswerRejection, PracticeRejection, DailyRejection, DuelRejection.
  'rejection.round_not_found': 'That question no longer exists.',
  'rejection.round_closed': 'This question is closed: answers are no longer accepted.',
  'rejection.wrong_tenant': 'That belongs to another team.',
  'rejection.wrong_channel': 'That question belongs to another channel.',
  'rejection.not_your_round': 'That practice question belongs to someone else.',
  'rejection.choice_out_of_range': 'There is no such option.',
  'rejection.already_answered': 'You already answered this one; your first answer counts.',
  'rejection.not_a_flashcard': 'This question is answered by picking an option, not by grading yourself.',
  'rejection.is_a_flashcard': 'This is a flashcard: reveal the answer, then grade yourself.',
  'rejection.unknown_topic': 'There is no topic called "{topic}".',
  'rejection.no_questions': 'There are no questions yet: add some notes to the content folder.',
  'rejection.channel_not_scheduled': 'This channel has no daily question set up.',
  'rejection.self_challenge': 'You cannot challenge yourself.',
  'rejection.opponent_is_bot': 'Bots do not duel.',
  'rejection.open_duel_exists': 'You two already have an open duel: finish it first.',
  'rejection.invalid_question_count': 'A duel has between 1 and 10 questions.',
  'rejection.not_enough_questions': 'There are not enough questions on that topic for this duel.',
  'rejection.duel_not_found': 'That duel no longer exists.',
  'rejection.not_opponent': 'Only the challenged player can accept or decline.',
  'rejection.not_challenger': 'Only the challenger can cancel a challenge.',
  'rejection.not_a_player': 'You are not in this duel.',
  'rejection.duel_not_pending': 'This duel was already accepted or declined.',
  'rejection.duel_not_active': 'This duel is not running.',
  'rejection.duel_expired': 'This duel has expired.',
  'rejection.question_not_current': 'That is not your current duel question.',
  'rejection.finished': 'You have answered every question of this duel.',
  'rejection.unknown': 'That did not work ({code}).',

  // Helpful mistakes: what to type instead --------------------------------------------------------------
  'hint.didYouMean': 'Did you mean {suggestions}?',
  'hint.choices': 'Choose from: {choices}.',
  'hint.letters': 'Pick one of {letters}.',
  'topic.chosen': 'Questions from {topics}.',

  // Answers ----------------------------------------------------------------------------------------
  'answer.correct': 'Correct!',
  'answer.wrong': 'Not quite.',
  'answer.correctWas': 'The answer was {option}.',
  'answer.points': '+{points} {points|point|points}',
  'answer.streak': '{days}-day streak',
  'answer.recorded': 'Answer recorded.',
  'answer.soFar': '{count} {count|answer|answers} so far',
  'answer.timedOut': 'Time is up for that question.',
  'answer.source': 'Source: {file}:{line}',
  'answer.youPicked': 'You picked {option}.',
  'answer.revealLater': 'The right answer is shown when the question closes.',

  // Question presentation --------------------------------------------------------------------------------
  'question.daily': 'Question of the day',
  'question.dailyLate': 'Question of the day (posted late)',
  'question.practice': 'Practice',
  'question.topic': 'Topic: {topic}',
  'question.closesAt': 'Answers close at {time}.',
  'question.flashcard': 'Flashcard: think of the answer, then reveal it.',
  'question.reveal': 'Show answer',
  'question.answerIs': 'Answer: {answer}',

  // Question frames: the generated wording around a note's own text (see QuestionFrame) -------------------
  'frame.explain': 'Explain: {title}',
  'frame.whatIs': 'What is “{term}”?',
  'frame.whichTerm': 'Which term is described here?',
  'frame.whichRow': 'Which {header} matches this description?',
  'frame.whichEntry': 'Which entry matches this description?',
  'frame.rowCell': 'Which “{header}” goes with “{row}”?',
  'frame.rowDescription': 'Which description goes with “{row}”?',
  'frame.whichCommand': 'Which command does it?',
  'frame.cloze': 'Fill in the blank:',
  'frame.oneOf': 'Which of these belongs to “{list}”?',
  'frame.notOneOf': 'Which of these does NOT belong to “{list}”?',

  // Flashcard self-grades -------------------------------------------------------------------------------
  'grade.prompt': 'How well did you remember it?',
  'grade.again': 'Again',
  'grade.hard': 'Hard',
  'grade.good': 'Good',
  'grade.easy': 'Easy',
  'grade.recorded': 'Graded "{grade}". It will come back when it is due.',

  // Daily results ---------------------------------------------------------------------------------------
  'reminder.closesSoon':
    'The question of the day closes in 1 hour: {count} {count|answer|answers} so far. Not in yet? It is just above.',
  'results.title': 'Results',
  'results.summary': '{correct} of {answered} answered correctly.',
  'results.nobody': 'Nobody answered.',
  'results.fastest': 'Fastest: {names}',
  'results.latency': '{seconds} s',
  'results.right': '{names} got it right.',
  'results.more': '{names} and {count} more',

  // Duels -------------------------------------------------------------------------------------------------
  'duel.challenge': '{challenger} challenges {opponent} to a duel of {count} {count|question|questions}.',
  'duel.challengeTopic':
    '{challenger} challenges {opponent} to a duel of {count} {count|question|questions} on {topic}.',
  'duel.accept': 'Accept',
  'duel.withdraw': 'Cancel challenge',
  'duel.withdrawn': '{challenger} cancelled the challenge.',
  'duel.decline': 'Decline',
  'duel.play': 'Play',
  'duel.accepted': '{opponent} accepted. Both players answer the same questions, each on their own.',
  'duel.declined': '{opponent} declined the duel.',
  'duel.expiresAt': 'The duel expires at {time}.',
  'duel.questionOf': 'Question {index} of {total}',
  'duel.deadline': 'Answer before {time}.',
  'duel.progress': '{challenger}: {a}/{total} · {opponent}: {b}/{total}',
  'duel.waiting': 'Done! Waiting for {name} to finish.',
  'duel.won': '{winner} wins {winnerScore}–{loserScore}.',
  'duel.draw': 'A draw: {score}–{score}, same total time.',
  'duel.wonOnTime': '{winner} wins on time at {score}–{score}.',
  'duel.forfeit': '{loser} did not finish in time: {winner} wins by forfeit.',
  'duel.expired': 'The duel expired before it was played.',
  'duel.rating': '{name}: rating {rating} ({delta})',
  'duel.status.pending': 'waiting for an answer',
  'duel.status.active': 'in play',
  'duel.status.settled': 'finished',
  'duel.status.declined': 'declined',
  'duel.status.expired': 'expired',

  // Leaderboards -------------------------------------------------------------------------------------------
  'leaderboard.title': 'Leaderboard: {scope}, {period}',
  'leaderboard.empty': 'No scores yet for this period.',
  'leaderboard.you': 'You: #{rank} of {total}',
  'leaderboard.notRanked': 'You have no score in this period yet.',
  'period.today': 'today',
  'period.week': 'this week',
  'period.month': 'this month',
  'period.all': 'all time',
  'scope.channel': 'this channel',
  'scope.tenant': 'everyone',
  'scope.topic': 'topic {topic}',
  'column.rank': 'Rank',
  'column.player': 'Player',
  'column.points': 'Points',
  'column.accuracy': 'Accuracy',
  'column.streak': 'Streak',
  'column.rating': 'Rating',

  // Personal stats ------------------------------------------------------------------------------------------
  'stats.title': 'Stats for {name}',
  'stats.none': 'No answers yet: try a practice question.',
  'stats.answered': 'Answered',
  'stats.correct': 'Correct',
  'stats.accuracy': 'Accuracy',
  'stats.currentStreak': 'Current streak',
  'stats.bestStreak': 'Best streak',
  'stats.rating': 'Duel rating',
  'stats.reviewsDue': 'Reviews due',
  'stats.sections': 'By section',
  'stats.weakest': 'Weakest sections',
  'stats.percent': '{value}%',
  'stats.days': '{days} {days|day|days}',

  // Charts: pictures beside the text (Slack, Discord) and bars in the terminal ----------------------------
  'chart.overTime': 'Accuracy per week',
  'chart.bySection': 'Accuracy by section',
  'chart.answers': 'Answers',
  'chart.alt': 'Chart of {title}. The text beside it has the same figures.',

  // Times: shown in the channel's timezone, which they name; relative where that reads better ------------
  'time.withRelative': '{time} ({relative})',
  'time.tomorrow': '{time} tomorrow',
  'time.in': 'in {duration}',
  'time.hours': '{n} h',
  'time.minutes': '{n} min',
  'time.seconds': '{n} s',

  // Generic ------------------------------------------------------------------------------------------------
  'common.error': 'Something went wrong on our side; please try again.',
  'common.reloaded': 'Notes reloaded: {added} added, {updated} updated, {retired} retired.',
  'common.langSet': 'Language set to English.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
