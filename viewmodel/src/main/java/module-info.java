module org.losslandscape.viewmodel { requires org.losslandscape.model; }
