-- the delivery job looks for messages still waiting, oldest first
create index notification_by_delivery on notification (delivery, id);
