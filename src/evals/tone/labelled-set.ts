import type { Tone } from './classify-tone.js';

/** A reply and the tones a reader would say it has; every tone not listed is expected absent. */
export interface LabelledReply {
  text: string;
  tones: Tone[];
}

/**
 * Written by hand to measure the classifier. `DEV` was used while choosing cue weights; `HELD_OUT` was
 * written at the same time and never tuned against, so its figure is the honest one.
 */
export const DEV: LabelledReply[] = [
  { text: "I'm sorry to hear your order hasn't arrived. I understand how frustrating that is. Here's how we can fix it: 1. Check your tracking link. 2. If it shows delivered, reply to this email and I'll open a claim.", tones: ['helpful', 'professional', 'empathetic', 'apologetic'] },
  { text: 'Thank you for contacting us. Your refund request has been received and will be processed within 5-7 business days according to our refund policy.', tones: ['professional', 'formal'] },
  { text: 'Dear Ms. Lopez, we would like to inform you that your account has been updated. Furthermore, please be advised that the new terms apply from next month. Kind regards, Customer Care', tones: ['professional', 'formal'] },
  { text: 'We sincerely apologize for the delay. This was our mistake, and we regret the inconvenience it caused.', tones: ['apologetic', 'professional', 'formal'] },
  { text: 'You should have read the instructions before installing it. This is user error, not our problem.', tones: ['blaming'] },
  { text: 'lol yeah that happens, just restart it dude', tones: [] },
  { text: 'To reset your password, follow these steps: 1. Open the app. 2. Tap "Forgot password". 3. Check your email for the reset link. Let me know if you need anything else!', tones: ['helpful'] },
  { text: 'I completely understand your frustration, and I can imagine how stressful it has been to wait this long. You are not alone in this.', tones: ['empathetic', 'professional'] },
  { text: 'As I already told you, you entered the wrong address. If you had checked it, this would not have happened.', tones: ['blaming'] },
  { text: "Our apologies for the trouble. I'm sorry for the mix-up with your invoice; we made a mistake on our side.", tones: ['apologetic', 'professional'] },
  { text: 'WHY would you do that?! You obviously did not follow the guide!!', tones: ['blaming'] },
  { text: 'The package was shipped on Monday.', tones: [] },
  { text: "I'd be happy to help you with that. You can update your billing address in Settings, or I can update it for you if you reply with the new address.", tones: ['helpful', 'professional'] },
  { text: 'That must be really frustrating, and I am sorry to hear it. I will check your order right away and update you within 24 hours.', tones: ['empathetic', 'professional', 'apologetic', 'helpful'] },
  { text: 'Please note that, pursuant to our terms of service, refunds require the original receipt. We are pleased to assist you further should you require it.', tones: ['professional', 'formal'] },
  { text: 'Not my problem. Deal with it.', tones: ['blaming'] },
  { text: "Hey! No worries, we'll sort it out, it's gonna be fine :)", tones: [] },
  { text: 'I understand that this is disappointing. Here is what you can do next: try the reset link below, and if that does not work, I will escalate your case to our technical support team.', tones: ['empathetic', 'helpful', 'professional'] },
  { text: 'Your subscription renews on the first of each month.', tones: [] },
  { text: 'We apologize for any inconvenience. Kindly find the corrected statement attached. Sincerely, The Billing Department', tones: ['apologetic', 'professional', 'formal'] },
  { text: 'You failed to submit the form on time, so the request was rejected. Next time, read the deadline.', tones: ['blaming'] },
  { text: 'Thanks for your patience while we look into this. I hear you, and I know how important this order is to you.', tones: ['empathetic', 'professional'] },
  { text: "Try clearing the cache, then log in again. If that doesn't work, you can reset your password from the login page.", tones: ['helpful'] },
  { text: 'Regarding your inquiry, we hereby confirm receipt of your documents. Accordingly, your application will be reviewed.', tones: ['professional', 'formal'] },
];

export const HELD_OUT: LabelledReply[] = [
  { text: "I'm so sorry about the damaged item. That's our fault, and we'll send a replacement today at no cost.", tones: ['apologetic', 'helpful'] },
  { text: 'You clearly ignored the warning message. The data loss is your own fault.', tones: ['blaming'] },
  { text: 'Here is how to export your data: go to Settings, select Export, and choose CSV. The file will arrive by email within 10 minutes.', tones: ['helpful', 'professional'] },
  { text: 'I can only imagine how upsetting it was to be charged twice. I understand, and your concern is completely valid.', tones: ['empathetic', 'professional'] },
  { text: 'Dear Customer, we wish to inform you that the scheduled maintenance will occur on Sunday. Consequently, the service will be unavailable for two hours. Respectfully, Operations', tones: ['professional', 'formal'] },
  { text: 'ok cool, whatever works for u', tones: [] },
  { text: 'Your order number is 48213.', tones: [] },
  { text: 'We regret that we dropped the ball on this. Please accept our sincere apologies.', tones: ['apologetic', 'professional', 'formal'] },
  { text: 'If you had updated the app like we said, you would not be seeing this error.', tones: ['blaming'] },
  { text: "That sounds incredibly stressful. Let me check what happened with your booking, and I'll call you back within the hour.", tones: ['empathetic', 'helpful'] },
  { text: 'Please be advised that your request has been received and will be handled in accordance with our policy.', tones: ['professional', 'formal'] },
  { text: 'OMG this is ridiculous, just use the other button!!!', tones: ['blaming'] },
];
