import yaml, sys
class Night:
    def __init__(self, name, show, venue, roster, approval=False, count=5):
        self.name=name; self.show={"name":show,"venue":venue,"timezone":"America/New_York","approval":approval}
        self.roster=[{"name":r[0],"aliases":list(r[1:])} if len(r)>1 else {"name":r[0]} for r in roster]
        self.tl=[]; self.n=0; self.count=count
    def s(self, at, by, what, who=None, where=None, quote=None, quote_by=None, headline=None, hold=None):
        spot={"what":what}
        for k,v in (("who",who),("where",where),("quote",quote),("quote_by",quote_by),("headline",headline),("hold_minutes",hold)):
            if v is not None: spot[k]=v
        self.tl.append({"at":at,"by":by,"spot":spot}); self.n+=1; return self.n
    def r(self, at, id, count, emoji="🔥"): self.tl.append({"at":at,"react":{"id":id,"emoji":emoji,"count":count}})
    def e(self, at, by, **kw): self.tl.append({"at":at,"by":by,"edit":kw})
    def pin(self, at, id, headline=None):
        d={"id":id}
        if headline: d["headline"]=headline
        self.tl.append({"at":at,"pin":d})
    def approve(self, at, id): self.tl.append({"at":at,"approve":{"id":id}})
    def reject(self, at, id, reason): self.tl.append({"at":at,"by":"desk","reject":{"id":id,"reason":reason}})
    def key(self, at, id): self.tl.append({"at":at,"key":{"id":id}})
    def write(self):
        order=sorted(range(len(self.tl)), key=lambda i:(self.tl[i]["at"], i))
        old=[i+1 for i,_ in enumerate([t for t in self.tl if "spot" in t])]
        # map old spot id -> new spot id
        spots_old=[i for i,t in enumerate(self.tl) if "spot" in t]
        oldid={idx:k+1 for k,idx in enumerate(spots_old)}
        spots_new=[i for i in order if "spot" in self.tl[i]]
        remap={oldid[idx]:k+1 for k,idx in enumerate(spots_new)}
        tl=[]
        for i in order:
            t=dict(self.tl[i])
            for key in ("react","pin","approve","reject","key","edit","retract","drop"):
                if key in t:
                    t[key]=dict(t[key]); t[key]["id"]=remap[t[key]["id"]]
            tl.append(t)
        self.remap=remap
        d={"show":self.show,"roster":self.roster,"timeline":tl,"digest":{"count":self.count}}
        with open(f"/work/break66/{self.name}.yaml","w") as f:
            yaml.safe_dump(d,f,allow_unicode=True,sort_keys=False,width=1000)
