from gen_lib import Night
# N05: quotes framed by someone other than the tagged person
n=Night("n05_frames","Harbourlight Rock Awards","The Ropeworks, Cardiff",
 [("Dario Venn","Dario"),("Marisol Quay",),("Kit Farrow",),("Jalen Broos",),("Tova Lind",),("Nessa Quill",),("Orla Brenn",)])
a=n.s("20:15","amy","Dario Venn's mum, on seeing him win Best Rock Album:",who="Dario Venn",where="Stalls, row F",quote="I told him to wear the blue tie.")
b=n.s("20:40","ben","The host, Kit Farrow, to Marisol Quay as she came off stage after her duet:",who="Marisol Quay",where="Stage left",quote="You owe me a dance.")
c=n.s("20:55","carla","Overheard from Jalen Broos's bodyguard, counting his entourage at the door:",who="Jalen Broos",where="VIP entrance",quote="Eleven people. He said four.")
d=n.s("21:20","dana","Asked about Tova Lind's acceptance speech, her old rival Nessa Quill said:",who="Tova Lind",where="Press room",quote="Short. I liked it.")
e=n.s("21:35","eli","Orla Brenn, on the cough sweet a stagehand handed her seconds before her set:",who="Orla Brenn",where="Wings",quote="Lifesaver. Literally.")
f=n.s("21:50","amy","Tova Lind gave her acceptance speech in under ten seconds and walked off before the orchestra could start.",who="Tova Lind",where="Main stage",quote="Thanks. Bye.")
g=n.s("22:05","ben","Marisol Quay found Kit Farrow by the bar and collected her dance, a slow waltz to the house band's encore.",who="Marisol Quay; Kit Farrow",where="Bar")
h=n.s("22:10","carla","The bartender, to Jalen Broos, when he asked for eleven glasses of champagne:",who="Jalen Broos",where="Bar",quote="You said four.")
i=n.s("22:30","dana","Dario Venn's dad, asked what he thought of the blue tie:",who="Dario Venn",where="Foyer",quote="Green would have been better.")
j=n.s("22:40","eli","Orla Brenn's guitar tech, watching her smash the guitar he'd spent an hour tuning:",who="Orla Brenn",where="Side stage",quote="That one was mine, actually.")
n.r("20:20",a,50); n.r("20:45",b,30); n.r("21:00",c,25); n.r("21:25",d,20); n.r("21:40",e,10); n.r("21:55",f,35); n.r("22:10",g,28); n.r("22:15",h,22); n.r("22:35",i,18); n.r("22:45",j,40)
n.write()

# N06: reporter asides to the desk at start, middle, end
n=Night("n06_asides","Gilded Reel Film Prizes","Marlowe Picture House, Bristol",
 [("Anouk Ferreira-Lind","Anouk"),("Rosa Mbeki",),("Caius Thorne",),("Henrik Solberg",),("Zuri Kamau",),("Lior Adler",),("Pia Roux",)])
a=n.s("19:30","amy","Desk, pls check spelling — Anouk Ferreira-Lind just climbed onto the lobby piano and played the show's theme tune with her feet.",who="Anouk Ferreira-Lind",where="Lobby",quote="Twelve years of lessons, finally useful.")
b=n.s("19:50","ben","Rosa Mbeki gave her bouquet to the woman mopping the stage (desk: I think her name is Gail, checking) and hugged her for a good minute.",who="Rosa Mbeki",where="Main stage")
c=n.s("20:10","carla","Caius Thorne did the whole press line walking backwards so nobody would see his split trousers. More soon, desk.",who="Caius Thorne",where="Press line",quote="I'm a mystery from behind.")
d=n.s("20:35","dana","[for desk, not for pub: his publicist asked us not to mention the limo] Henrik Solberg signed autographs in the rain for forty minutes.",who="Henrik Solberg",where="Front steps")
e=n.s("20:55","eli","Zuri Kamau sang happy birthday to a security guard — can someone confirm it's actually his birthday? — and the whole queue joined in.",who="Zuri Kamau",where="Queue outside")
f=n.s("21:20","amy","NB desk: timings approximate. Lior Adler proposed to his partner at the stage door; she said yes before he finished the question.",who="Lior Adler",where="Stage door",quote="I had a whole speech.")
g=n.s("21:40","ben","Pia Roux tripped on the carpet and styled it out as a curtsey (photo to follow, desk).",who="Pia Roux",where="Red carpet")
h=n.s("22:00","carla","Sorry desk, late one: Rosa Mbeki came back for Gail after the show and took her to the after-party as her plus-one.",who="Rosa Mbeki",where="Stage door")
i=n.s("22:15","dana","Henrik Solberg ate a hot dog from the street cart. Can't confirm mustard. Will chase.",who="Henrik Solberg",where="Street cart")
j=n.s("22:30","eli","Caius Thorne's trousers have been stapled by wardrobe — desk, this is the split-trousers story from earlier — and he is dancing.",who="Caius Thorne",where="After-party")
n.r("19:35",a,30); n.r("20:00",b,25); n.r("20:15",c,20); n.r("20:40",d,15); n.r("21:00",e,22); n.r("21:25",f,45); n.r("21:45",g,12); n.r("22:05",h,35); n.r("22:35",j,18)
n.write()

# N07: pronouns whose antecedent is in an earlier post
n=Night("n07_pronouns","Tidewater Country Awards","Salt Barn, Charleston",
 [("Tamsin Orrow","Tamsin"),("Kofi Adjei",),("Lys Marron",),("Ravi Sondheim",),("Beatrix Hollow",),("Emeka Stroud",)])
a=n.s("20:10","amy","Tamsin Orrow lost a shoe on the grand staircase.",who="Tamsin Orrow",where="Grand staircase")
b=n.s("20:12","ben","She finished the walk barefoot; it stayed on the third step until a steward carried it up on a silver tray.",where="Grand staircase",quote="Cinderella had it easy.")
c=n.s("21:00","carla","Kofi Adjei and Lys Marron walked in together.",who="Kofi Adjei; Lys Marron",where="Entrance")
d=n.s("21:05","dana","He kissed her hand at the foot of the stairs and the photographers went wild.",who="Kofi Adjei",where="Entrance")
e=n.s("21:30","eli","Beatrix Hollow won Songwriter of the Year.",who="Beatrix Hollow",where="Main stage")
f=n.s("21:32","amy","Her speech was one line long, then she sang it.",where="Main stage",quote="I wrote this for my dad and he's not here, so you'll have to do.")
g=n.s("22:10","eli","Ravi Sondheim's band pranked him before the encore: they swapped his guitar for a ukulele.",who="Ravi Sondheim",where="Side stage")
h=n.s("22:15","amy","He played the whole encore on it anyway.",who="Ravi Sondheim",where="Main stage",quote="Four strings is plenty.")
i=n.s("22:40","carla","Emeka Stroud is by the bar.",who="Emeka Stroud",where="Bar")
j=n.s("22:45","dana","They left together through the kitchen.",who="Kofi Adjei; Lys Marron",where="Kitchen")
n.r("20:15",a,5); n.r("20:15",b,40); n.r("21:10",d,30); n.r("21:35",e,10); n.r("21:40",f,55); n.r("22:12",g,10); n.r("22:20",h,35); n.r("22:50",j,20)
n.write()

# N08: headlines should name the act, not the setup
n=Night("n08_acts","Meadowgate Pop Prizes","The Kiln, Stoke",
 [("Juno Castellan","Juno"),("Ezra Holm",),("Mireille Dufresne",),("Santi Obregón",),("Hana Kobori",),("Bea Lindahl",)])
a=n.s("19:40","amy","After waiting forty minutes in the cloakroom queue behind her own fans, Juno Castellan climbed onto the counter and sang the chorus of 'Paper Lanterns' to the whole line.",who="Juno Castellan",where="Cloakroom")
b=n.s("20:20","ben","Having been told the bar had closed for the speeches, Ezra Holm walked behind it, poured drinks for the catering staff for twenty minutes and left a signed napkin as a tip.",who="Ezra Holm",where="Bar")
c=n.s("20:50","carla","Because the lift was out of order, Mireille Dufresne carried her harp up four flights of stairs herself, refusing help from two stagehands.",who="Mireille Dufresne",where="Back stairs",quote="It's lighter than my ex.")
d=n.s("21:15","dana","When the power cut hit the east wing during the interval, Santi Obregón kept the whole toilet queue singing by torchlight until the lights came back.",who="Santi Obregón",where="East wing")
e=n.s("21:45","eli","While the winners of Best Video were being read out, Hana Kobori was fast asleep in the back row — and woke up to hear her own name.",who="Hana Kobori",where="Back row",quote="Did I win or dream it?")
f=n.s("22:00","amy","Before she went on, Bea Lindahl ate a whole jar of pickles in the green room.",who="Bea Lindahl",where="Green room")
g=n.s("22:30","ben","Despite a broken wrist in a bright pink cast, Bea Lindahl played the entire closing set on drums one-handed.",who="Bea Lindahl",where="Main stage",quote="The left one does the work anyway.")
n.r("19:50",a,40); n.r("20:30",b,30); n.r("21:00",c,25); n.r("21:20",d,20); n.r("21:50",e,35); n.r("22:05",f,5); n.r("22:40",g,45)
n.write()
