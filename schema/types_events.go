package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/hague-kg/hague/graph"
)

func evOf(p graphql.ResolveParams) *graph.Event { return p.Source.(*graph.Event) }

// eventFields are the fields of the Event interface, repeated on each
// concrete event type.
func (b *builder) eventFields() graphql.Fields {
	chainArgs := func(dir string) graphql.FieldConfigArgument {
		return b.pageArgs(graphql.FieldConfigArgument{
			"kinds":   arg(listIn(b.eventKind), "Only events of these kinds."),
			"roles":   arg(listIn(b.role), "Only events in which a shared participant plays one of these roles."),
			"certain": argDefault(graphql.Boolean, true, "Keep only events certainly "+dir+" this one; false adds those that possibly are (overlapping imprecise dates, unknown dates)."),
		})
	}
	return graphql.Fields{
		"id": field(nonNull(graphql.ID), "The event's id, derived from its kind, agents, targets and date, so that two documents stating the same event name the same node.", func(p graphql.ResolveParams) (any, error) {
			return evOf(p).ID, nil
		}),
		"kind": field(nonNull(b.eventKind), "What happened.", func(p graphql.ResolveParams) (any, error) {
			return string(evOf(p).Kind), nil
		}),
		"label": field(nonNull(graphql.String), "A short human label: kind, agents → targets, date.", b.resolveEventLabel),
		"date": field(graphql.String, "The date as known (`2025`, `2025-02`, `2025-02-06`); null when unknown.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(evOf(p).Date.String()), nil
		}),
		"earliest": field(graphql.String, "The first day the event can have happened (YYYY-MM-DD); null when the date is unknown.", func(p graphql.ResolveParams) (any, error) {
			if d := evOf(p).Date; !d.IsZero() {
				return day(d.Earliest()), nil
			}
			return nil, nil
		}),
		"latest": field(graphql.String, "The last day the event can have happened (YYYY-MM-DD); null when the date is unknown.", func(p graphql.ResolveParams) (any, error) {
			if d := evOf(p).Date; !d.IsZero() {
				return day(d.Latest()), nil
			}
			return nil, nil
		}),
		"precision": field(b.precision, "How much of the date is known; null when nothing is.", func(p graphql.ResolveParams) (any, error) {
			return precisionName(evOf(p).Date), nil
		}),
		"until": field(b.date, "The last day of an event spanning days (a session `December 1 to 6`).", func(p graphql.ResolveParams) (any, error) {
			return dateOf(evOf(p).Until), nil
		}),
		"description": field(graphql.String, "A short note: the charges, the scope of a sanction.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(evOf(p).Description), nil
		}),
		"confidence": field(graphql.Float, "Confidence in [0, 1] that the event happened as described; null when not stated.", func(p graphql.ResolveParams) (any, error) {
			if c := evOf(p).Confidence; c > 0 {
				return c, nil
			}
			return nil, nil
		}),
		"participants": fieldArgs(listOf(b.participant), "Every entity taking part, agents first.", graphql.FieldConfigArgument{
			"roles": arg(listIn(b.role), "Only participants in these roles."),
		}, func(p graphql.ResolveParams) (any, error) {
			roles, err := rolesArg(p.Args, "roles")
			if err != nil {
				return nil, err
			}
			return participantsOf(evOf(p), roles...), nil
		}),
		"agents": field(listOf(b.entity), "Who acts: the court issuing, the state sanctioning. `participants` says which documents assert each link.", func(p graphql.ResolveParams) (any, error) {
			return b.loadEntities(p, evOf(p).With(graph.Agent))
		}),
		"targets": field(listOf(b.entity), "Who is acted on: the person wanted, sanctioned, convicted. `participants` says which documents assert each link.", func(p graphql.ResolveParams) (any, error) {
			return b.loadEntities(p, evOf(p).With(graph.Target))
		}),
		"inResponseTo": field(listOf(b.event), "The events this one answers, as a source states (`in response to`).", func(p graphql.ResolveParams) (any, error) {
			return b.loadEvents(p, evOf(p).InResponseTo)
		}),
		"followedBy": fieldArgs(nonNull(b.eventConn), "Later events that share a participant with this one, nearest first: a temporal chain.", chainArgs("after"), func(p graphql.ResolveParams) (any, error) {
			return b.resolveChain(p, true)
		}),
		"precededBy": fieldArgs(nonNull(b.eventConn), "Earlier events that share a participant with this one, nearest first.", chainArgs("before"), func(p graphql.ResolveParams) (any, error) {
			return b.resolveChain(p, false)
		}),
		"sources":   b.sourcesField("The sentences that state the event.", func(v any) []graph.Source { return v.(*graph.Event).Sources }),
		"documents": b.documentsField("Every document asserting the event.", func(v any) []string { return v.(*graph.Event).Documents }),
	}
}

func participantsOf(ev *graph.Event, roles ...graph.Role) []participantValue {
	out := []participantValue{}
	for _, p := range ev.Participants {
		if len(roles) == 0 || containsRole(roles, p.Role) {
			out = append(out, participantValue{Participant: p, event: ev})
		}
	}
	return out
}

func containsRole(roles []graph.Role, r graph.Role) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

func (b *builder) eventTypes() {
	object := func(name, desc string, extra func() graphql.Fields) *graphql.Object {
		return graphql.NewObject(graphql.ObjectConfig{
			Name:        name,
			Description: desc,
			Interfaces:  []*graphql.Interface{b.node, b.event},
			Fields: graphql.FieldsThunk(func() graphql.Fields {
				fs := b.eventFields()
				for k, v := range extra() {
					fs[k] = v
				}
				return fs
			}),
		})
	}
	entities := func(desc string, roles ...graph.Role) *graphql.Field {
		return field(listOf(b.entity), desc, func(p graphql.ResolveParams) (any, error) {
			var ids []string
			for _, r := range roles {
				ids = append(ids, evOf(p).With(r)...)
			}
			return b.loadEntities(p, ids)
		})
	}
	effective := func(desc string) *graphql.Field {
		return field(b.date, desc, func(p graphql.ResolveParams) (any, error) {
			return dateOf(evOf(p).Effective), nil
		})
	}
	b.warrant = object("Warrant", "An ARREST_WARRANT issued, or a WARRANT_REQUEST made by a prosecutor.", func() graphql.Fields {
		return graphql.Fields{
			"issuedBy": entities("The court, chamber, prosecutor or state issuing or requesting the warrant (the agents).", graph.Agent),
			"wanted":   entities("The people or bodies the warrant is for (the targets).", graph.Target),
		}
	})
	b.sanction = object("Sanction", "A SANCTION: a state imposes measures on people or bodies.", func() graphql.Fields {
		return graphql.Fields{
			"imposedBy":  entities("The states or bodies imposing the sanction (the agents).", graph.Agent),
			"sanctioned": entities("The people or bodies sanctioned (the targets).", graph.Target),
		}
	})
	b.withdrawal = object("Withdrawal", "A WITHDRAWAL notified or a WITHDRAWAL_ANNOUNCEMENT made by a state.", func() graphql.Fields {
		return graphql.Fields{
			"withdrawing":     entities("The states withdrawing (the agents).", graph.Agent),
			"withdrawingFrom": entities("What they withdraw from: the court or the treaty (targets and legal basis).", graph.Target, graph.LegalBasis),
			"effective":       effective("When the withdrawal takes effect, where stated."),
		}
	})
	b.proceeding = object("Proceeding", "A court's or a state's criminal proceeding: a CONVICTION, a CHARGE or a CRIMINAL_CASE.", func() graphql.Fields {
		return graphql.Fields{
			"by":      entities("The court or state conducting the proceeding (the agents).", graph.Agent),
			"accused": entities("Who is charged, prosecuted or convicted (the targets).", graph.Target),
			"counts": field(graphql.Int, "How many counts, when stated.", func(p graphql.ResolveParams) (any, error) {
				if n := evOf(p).Counts; n > 0 {
					return n, nil
				}
				return nil, nil
			}),
		}
	})
	b.executiveOrder = object("ExecutiveOrder", "An EXECUTIVE_ORDER: a head of state or government orders measures, such as sanctions against a court.", func() graphql.Fields {
		return graphql.Fields{
			"signedBy":  entities("Who signed the order (the agents).", graph.Agent),
			"against":   entities("Whom the order is aimed at (the targets).", graph.Target),
			"effective": effective("When the order takes effect, where that differs from its date."),
		}
	})
	b.arrest = object("Arrest", "An ARREST: a state's authorities arrest a person, usually on a warrant.", func() graphql.Fields {
		return graphql.Fields{
			"arrestedBy": entities("The state or authority making the arrest (the agents).", graph.Agent),
			"arrested":   entities("Who was arrested (the targets).", graph.Target),
			"place":      entities("Where the arrest took place, where stated.", graph.Place),
		}
	})
	b.surrender = object("Surrender", "A SURRENDER: a state hands a person over to a court.", func() graphql.Fields {
		return graphql.Fields{
			"surrenderedBy": entities("The state handing the person over (the agents).", graph.Agent),
			"surrendered":   entities("Who was handed over (the targets).", graph.Target),
			"to":            entities("The court receiving the person (the recipients).", graph.Recipient),
		}
	})
	b.nonCompliance = object("NonCompliance", "A NON_COMPLIANCE: a state fails to arrest or surrender a person the court wants.", func() graphql.Fields {
		return graphql.Fields{
			"failing": entities("The states that did not arrest or surrender (the agents).", graph.Agent),
			"wanted":  entities("Whom they did not arrest (the targets).", graph.Target),
			"place":   entities("Where, when the text says.", graph.Place),
		}
	})
	b.cyberAttack = object("CyberAttack", "A CYBER_ATTACK on a court or an organization.", func() graphql.Fields {
		return graphql.Fields{
			"attackers": entities("Who carried out the attack, when known (the agents).", graph.Agent),
			"attacked":  entities("Whose systems were attacked (the targets).", graph.Target),
		}
	})
	b.statement = object("Statement", "A STATEMENT: a person, state or organization says, urges or condemns something.", func() graphql.Fields {
		return graphql.Fields{
			"speakers": entities("Who spoke (the agents).", graph.Agent),
			"about":    entities("Whom the statement is addressed to or condemns, when the text says (targets and recipients).", graph.Target, graph.Recipient),
		}
	})
	b.meeting = object("Meeting", "A MEETING: a body meets or holds a session, possibly over several days.", func() graphql.Fields {
		return graphql.Fields{
			"bodies": entities("Who meets (the agents).", graph.Agent),
			"place":  entities("Where, when the text says.", graph.Place),
		}
	})
	b.visit = object("Visit", "A VISIT: a person travels to a state, for instance one bound to arrest them.", func() graphql.Fields {
		return graphql.Fields{
			"visitors": entities("Who visited (the agents).", graph.Agent),
			"host":     entities("The state or place visited (targets and place).", graph.Target, graph.Place),
		}
	})
}
