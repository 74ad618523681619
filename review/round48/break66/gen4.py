from gen_lib import Night
# N12: one star dominates; framed quotes with quote_by given; update posts
n=Night("n12_star","Silverfern Music Awards","Harbour Shed 4, Wellington",
 [("Tuiasosopo Reyne","Tui Reyne","Reyne"),("Mere Haddon",),("Jonah Pickett",),("Ana Vaifale",),("Corin Blythe",),("Hemi Tane",)])
a=n.s("19:30","amy","Tui Reyne arrived on a borrowed bicycle, her gown tucked into her socks.",who="Tuiasosopo Reyne",where="Red carpet")
b=n.s("19:45","ben","Tui Reyne ordered a lemonade.",who="Tuiasosopo Reyne",where="Bar")
c=n.s("20:10","carla","Tui Reyne's mother, Ana Vaifale, watching her daughter walk the carpet:",who="Tuiasosopo Reyne; Ana Vaifale",where="Red carpet",quote="She still can't walk in heels. Look at her.",quote_by="Ana Vaifale")
d=n.s("20:50","dana","Tui Reyne won Album of the Year and brought her mother on stage to hold the trophy while she spoke.",who="Tuiasosopo Reyne; Ana Vaifale",where="Main stage",quote="Mum carried me for nine months. She can carry this for two minutes.")
e=n.s("20:52","eli","The host, Jonah Pickett, to Tui Reyne as she reached the microphone:",who="Tuiasosopo Reyne",where="Main stage",quote="Keep it under an hour, please.",quote_by="Jonah Pickett")
f=n.s("21:05","amy","Update on the Reyne speech: it ran eleven minutes, and the orchestra gave up trying to play her off.",who="Tuiasosopo Reyne",where="Main stage")
g=n.s("21:20","ben","Tui Reyne signed a fan's bicycle helmet at the stage door.",who="Tuiasosopo Reyne",where="Stage door")
h=n.s("21:40","carla","Mere Haddon fixed Corin Blythe's bow tie in the corridor, then refused to let him thank her on stage.",who="Mere Haddon; Corin Blythe",where="Corridor",quote="Don't you dare.",quote_by="Mere Haddon")
i=n.s("22:00","dana","Corin Blythe thanked Mere Haddon on stage anyway, by name, twice.",who="Corin Blythe; Mere Haddon",where="Main stage",quote="Mere fixed my tie. Mere is the reason I look like this.")
j=n.s("22:10","eli","Hemi Tane played the karanga on a conch shell to open the second half.",who="Hemi Tane",where="Main stage")
k=n.s("22:30","amy","Tui Reyne rode the bicycle home, trophy in the basket.",who="Tuiasosopo Reyne",where="Car park",quote="Lights on, helmet on. I'm a mother's daughter.")
l=n.s("22:32","ben","Ana Vaifale, watching her go:",who="Ana Vaifale",where="Car park",quote="Text me when you're home!")
n.r("19:35",a,25); n.r("19:50",b,2); n.r("20:15",c,30); n.r("20:55",d,60); n.r("21:00",e,40); n.r("21:10",f,20); n.r("21:25",g,10); n.r("21:45",h,22); n.r("22:05",i,30); n.r("22:15",j,15); n.r("22:35",k,45); n.r("22:40",l,25)
n.write()

# N13: a night filed almost all in telegraphic notes
n=Night("n13_notes","Brassworks Comedy Awards","The Foundry, Glasgow",
 [("Dougie Farrant","Dougie"),("Priti Malhotra",),("Lars Oeberg",),("Shona McAvoy",),("Tam Reekie",)])
a=n.s("20:05","amy","RED CARPET: Dougie Farrant in kilt + trainers. asked re trainers: 'knees'. lol",who="Dougie Farrant",where="Red carpet",quote="Knees.")
b=n.s("20:30","ben","PRESS RM — Priti Malhotra heckled by own mum from back. mum wins. Priti: 'every time'.",who="Priti Malhotra",where="Press room",quote="Every time.")
c=n.s("20:55","carla","BAR: Lars Oeberg buys round 4 whole bar (~60 ppl). card declined x2. 3rd card ok.",who="Lars Oeberg",where="Bar")
d=n.s("21:20","dana","STAGE: Shona McAvoy wins Best Stand-Up, trips on step, speech = 'I've been falling for years'. huge laugh.",who="Shona McAvoy",where="Main stage",quote="I've been falling for years.")
e=n.s("21:22","eli","Shona McAvoy tripped on the top step on her way up for Best Stand-Up, and turned it into the first line of her speech.",who="Shona McAvoy",where="Main stage")
f=n.s("21:45","amy","GREEN RM: Tam Reekie asleep on sofa in full make-up, someone's drawn moustache on him. (not me.)",who="Tam Reekie",where="Green room")
g=n.s("22:10","ben","Dougie Farrant -> stage door, signing trainers for fans. 20+ pairs. security v. patient.",who="Dougie Farrant",where="Stage door")
h=n.s("22:30","carla","Lars Oeberg: card declined again @ cloakroom. Priti Malhotra pays. 'you owe me a set'.",who="Lars Oeberg; Priti Malhotra",where="Cloakroom",quote="You owe me a set.",quote_by="Priti Malhotra")
n.r("20:10",a,20); n.r("20:35",b,35); n.r("21:00",c,40); n.r("21:25",d,30); n.r("21:25",e,15); n.r("21:50",f,25); n.r("22:15",g,18); n.r("22:35",h,28)
n.write()

# N14: a bet with stakes, a loser, a forfeit; told by three correspondents hours apart
n=Night("n14_bet","Saltmarsh Folk Awards","Tithe Barn, Norwich",
 [("Elowen Trask","Elowen"),("Bartholomew Quaye","Barty"),("Ysolde Penhale",),("Fitz Morrow",),("Gwen Aubert",)])
a=n.s("19:15","amy","Elowen Trask and Bartholomew Quaye have a bet on Best Duo: the loser sings the winner's song at the after-party in a chicken costume.",who="Elowen Trask; Bartholomew Quaye",where="Bar",quote="Feathers. Full feathers.",quote_by="Elowen Trask")
b=n.s("19:40","ben","Ysolde Penhale brought her whole choir from Penzance on a minibus and they sang on the steps.",who="Ysolde Penhale",where="Front steps")
c=n.s("20:10","carla","Fitz Morrow lent his fiddle to a busker outside and came in without it.",who="Fitz Morrow",where="Front steps")
d=n.s("21:05","dana","Elowen Trask and the Hollowell Sisters won Best Duo.",who="Elowen Trask",where="Main stage")
e=n.s("21:07","eli","Barty's face when Elowen's name was read out. Stone.",who="Bartholomew Quaye",where="Table 4")
f=n.s("22:40","amy","Update on the bet: the chicken costume has arrived, hired from a fancy-dress shop in Colchester by taxi.",where="After-party")
g=n.s("23:05","ben","Bartholomew Quaye, in a full chicken costume, sang Elowen Trask's 'Low Tide Lullaby' to the after-party, feathers and all, and got a standing ovation.",who="Bartholomew Quaye",where="After-party",quote="A bet is a bet. Cluck.")
h=n.s("23:10","carla","Elowen Trask, watching him:",who="Elowen Trask",where="After-party",quote="He sings it better than me. Don't print that.")
i=n.s("23:20","dana","The busker brought Fitz Morrow's fiddle back to the stage door at the end of the night.",who="Fitz Morrow",where="Stage door",quote="He said it needed a walk.")
j=n.s("23:30","eli","Gwen Aubert left early.",who="Gwen Aubert",where="Exit")
n.r("19:20",a,20); n.r("19:45",b,18); n.r("20:15",c,8); n.r("21:10",d,12); n.r("21:10",e,15); n.r("22:45",f,10); n.r("23:10",g,70); n.r("23:15",h,40); n.r("23:25",i,22)
n.write()
