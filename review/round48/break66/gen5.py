from gen_lib import Night
# N15: aftermath from another place / in another language; best quote minutes later by another correspondent
n=Night("n15_aftermath","Lagoon Film Festival Awards","Palazzo Cerchi, Venice",
 [("Beatrice Lanza","Bice"),("Oren Vasquez",),("Giulia Ferrandi",),("Matteo Sorbi",),("Agnes Whitlock",)])
a=n.s("21:00","amy","Oren Vasquez proposed to Giulia Ferrandi on the water-taxi jetty; she said yes and the taxi driver sounded his horn three times.",who="Oren Vasquez; Giulia Ferrandi",where="Water-taxi jetty",quote="I was going to wait till dessert.",quote_by="Oren Vasquez")
b=n.s("21:04","carla","Aggiornamento dal pontile: Giulia Ferrandi ha mostrato l'anello a tutti i fotografi, poi è scoppiata a ridere.",who="Giulia Ferrandi",where="Pontile",quote="He hid it in a breadstick.",quote_by="Giulia Ferrandi")
c=n.s("21:09","ben","Update on the jetty: the ring was hidden in a breadstick from the dinner, and he nearly ate it at the table.",where="Jetty",quote="I had to fight a waiter for that breadstick.",quote_by="Oren Vasquez")
d=n.s("20:15","dana","Beatrice Lanza walked the carpet with a live parrot on her shoulder, which repeated the word 'Bellissima' at every flash.",who="Beatrice Lanza",where="Red carpet")
e=n.s("20:40","eli","Matteo Sorbi fell asleep during his own film's screening and snored through the credits.",who="Matteo Sorbi",where="Sala Grande",quote="I've seen it.")
f=n.s("21:30","dana","On the parrot, later, from its handler: it has now learned to say 'Vasquez' after the proposal.",who="Beatrice Lanza",where="Terrace")
g=n.s("21:50","amy","Agnes Whitlock took off her heels at the top of the grand staircase and slid down the banister.",who="Agnes Whitlock",where="Grand staircase",quote="Forty years I've wanted to do that.")
h=n.s("21:52","carla","Agnes Whitlock è scivolata giù dalla balaustra dello scalone. Applausi.",who="Agnes Whitlock",where="Scalone")
i=n.s("21:58","ben","Update on the banister: she landed in the arms of a very surprised footman.",where="Grand staircase",quote="I'm not letting go until I get a pension.",headline="Whitlock's Banister Slide Ends in a Footman's Arms")
n.r("21:05",a,45); n.r("21:10",b,20); n.r("21:15",c,50); n.r("20:20",d,30); n.r("20:45",e,22); n.r("21:35",f,12); n.r("21:55",g,35); n.r("21:55",h,10); n.r("22:05",i,40)
n.write()

# N16: corrections posted as new posts; promise by the clock; reporter headline on a different moment; lost thing found by 'it'
n=Night("n16_threads","Ironbridge Jazz Honours","Foundry Quarter, Detroit",
 [("Cyrus Odell","Cy"),("Margot Vance",),("Leon Achebe-Ruiz",),("Sadie Kwan",),("Pip Harrow",)])
a=n.s("19:30","amy","Cyrus Odell said he'll play the opening number at exactly 22:00 from the fire escape, whatever the organisers say.",who="Cyrus Odell",where="Loading bay",quote="Ten o'clock. Fire escape. Bring earplugs.",headline="Odell Vows a Rooftop Surprise")
b=n.s("19:50","ben","Margot Vance has lost her late husband's pocket watch somewhere in the ballroom.",who="Margot Vance",where="Ballroom",quote="It stopped the day he died. I just carry it.")
c=n.s("20:10","carla","Leon Achebe-Ruiz sat in with the house band for one number, on a borrowed trumpet.",who="Leon Achebe-Ruiz",where="Ballroom")
d=n.s("20:14","dana","Correction to my earlier: it was a flugelhorn, not a trumpet, and it was two numbers. Leon Achebe-Ruiz sat in with the house band on a borrowed flugelhorn.",who="Leon Achebe-Ruiz",where="Ballroom")
e=n.s("21:00","eli","Sadie Kwan won Best Vocal Album and dedicated it to the cleaners at her old school.",who="Sadie Kwan",where="Main stage",quote="Mrs Olusanya, this is for the mop bucket we used as a drum.")
f=n.s("22:01","ben","Cyrus Odell is on the fire escape with his saxophone, playing the opening number to the street. Police have stopped traffic to listen.",who="Cyrus Odell",where="Fire escape")
g=n.s("22:30","amy","Pip Harrow, a waiter, found it under the bandstand and brought it to her table on a silver tray.",who="Pip Harrow",where="Ballroom")
h=n.s("22:33","carla","Margot Vance held the watch to her ear for a long time.",who="Margot Vance",where="Ballroom",quote="Still stopped. Good.")
i=n.s("22:50","dana","Sadie Kwan is at the bar.",who="Sadie Kwan",where="Bar")
n.r("19:40",a,10); n.r("20:00",b,15); n.r("20:15",c,12); n.r("20:20",d,8); n.r("21:05",e,35); n.r("22:05",f,60); n.r("22:35",g,30); n.r("22:40",h,45)
n.write()
