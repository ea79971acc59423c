
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's024a926e041982e2': `Nur zur Information: Dies stellt keine Diagnose und ersetzt nicht den Rat von medizinischem Fachpersonal.`,
'sd467646aa13cf198': `Leider konnte dieser Teil der Seite nicht angezeigt werden.`,
'rf-q-bladder-control': `Is it new for you that you cannot control when you pee, or that pee leaks out?`,
'rf-q-bladder-retention': `Is it new for you that it is hard to start peeing, or that you cannot pee at all?`,
'rf-q-bowel-control': `Is it new for you that you cannot control when you poo, or that you do not feel when you need to poo?`,
'rf-q-saddle-numbness': `Do you have numbness or tingling between your legs, on your genitals, or around your bottom?`,
'rf-hint-saddle-numbness': `This is the "saddle" area: the parts that would touch a saddle when you sit on a horse or bike. That means between your legs, your genitals, around your anus (where poo comes out) and the inner sides of your buttocks. You might notice it as a strange feeling when you wipe with toilet paper.`,
'rf-q-both-legs-pain': `Do you have sciatica pain in both legs, not just one?`,
'rf-hint-both-legs-pain': `Sciatica is pain, tingling or numbness that spreads from your lower back or bottom down your leg.`,
'rf-q-both-legs-weakness': `Are both of your legs weak, and is the weakness bad or getting worse?`,
'rf-q-sexual-function': `Have you had new problems with sex, such as less feeling in your genitals?`,
'rf-hint-sexual-function': `For example, less feeling during sex, or new trouble getting or keeping an erection.`,
'rf-q-chest-pain': `Do you have chest pain as well as your back pain?`,
'rf-q-serious-accident': `Did your back pain start after a serious accident, such as a car crash or a bad fall?`,
'rf-q-foot-drop': `Do you have trouble lifting the front of your foot or your toes?`,
'rf-hint-foot-drop': `This is called foot drop. When you walk, your foot may slap down on the floor, or your toes may catch on the ground.`,
'rf-q-one-leg-weakness': `Is one of your legs very weak, getting weaker, or giving way under you?`,
'rf-q-fever': `Do you have a fever, or do you feel hot and shivery?`,
'rf-q-weight-loss': `Have you lost weight without trying to?`,
'rf-q-back-lump': `Have you found a lump on your back, or has the shape of your back changed?`,
'rf-q-night-pain': `Is your pain there all the time, without easing when you rest, or is it worse at night?`,
'rf-q-cancer-history': `Have you ever had cancer, and is this back or leg pain new?`,
'rf-hint-cancer-history': `Answer yes even if the cancer was treated a long time ago.`,
'rf-q-not-better-two-weeks': `Have you tried self-care for about two weeks without getting better?`,
'rf-q-getting-worse': `Is your pain getting worse, or stopping you from doing your normal daily activities?`,
'rf-q-spreading-down-leg': `Is the pain or tingling spreading further down your leg, even though you are doing self-care?`,
'rf-hint-spreading-down-leg': `For example, pain that used to stop at your thigh now reaches your calf or foot.`,
'rf-q-immune-risk': `Have you taken steroid medicine for a long time, do you have a weak immune system, or do you inject drugs?`,
'rf-hint-immune-risk': `A long time means months, not a short course. Your immune system fights germs; some illnesses and medicines make it weaker.`,
'rf-q-osteoporosis': `Do you have osteoporosis?`,
'rf-hint-osteoporosis': `Osteoporosis means your bones are thin and weak, so they break more easily.`,
'rf-q-new-pain-age': `Is this back pain new for you, and did it start before you were 20 or after you turned 50?`,
'rf-advice-emergency-title': `Get emergency help now`,
'rf-advice-emergency-action': str`Call ${0} or go to the nearest emergency department now.`,
'rf-advice-emergency-action-no-number': `Call your local emergency number or go to the nearest emergency department now.`,
'rf-advice-emergency-timeframe': `Now. Do not wait to see if it gets better.`,
'rf-advice-urgent-title': `Contact a doctor today`,
'rf-advice-urgent-action': `Contact a doctor and ask to be seen today. If you cannot get a same-day appointment, go to an urgent care service.`,
'rf-advice-urgent-timeframe': `Today.`,
'rf-advice-soon-title': `Book an appointment`,
'rf-advice-soon-action': `Book an appointment with a doctor or a physical therapist.`,
'rf-advice-soon-timeframe': `In the next few days.`,
'rf-advice-self-care-title': `No warning signs reported`,
'rf-advice-self-care-action': `Self-care is a reasonable place to start. This is not a diagnosis.`,
'rf-advice-self-care-timeframe': `If anything changes or gets worse, answer the questions again or get help.`,
    };
  